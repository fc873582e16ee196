/** Reports: standalone HTML report and Excel workbook. */
export {};
