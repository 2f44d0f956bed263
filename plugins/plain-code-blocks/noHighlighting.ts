// Stands in for the classic theme's `prism-include-languages` client module:
// no syntax highlighter is loaded (see ./index.ts).
export {};
