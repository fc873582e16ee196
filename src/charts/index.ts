/** Charts: Vega-Lite v6 specs as typed plain data, and rendering to SVG/PNG. */
export {};
