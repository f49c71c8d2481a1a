/**
 * The version of the contract extractor. An imported article stores the version its records
 * were mined with; one mined by an older version is mined again (`remineImports`), as a
 * bundled article is by a new build. Kept apart so the app shell can read it without the extractor.
 */
export const EXTRACTOR_VERSION = 24;
