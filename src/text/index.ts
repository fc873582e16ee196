/** Text: documents in, as the extractor reads them. */
export * from './seeds.js';
