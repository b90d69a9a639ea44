// Jest runs TypeScript through SWC (type-checking is `npm run typecheck`); pkijs, asn1js and their
// helpers ship ES modules only, so they are transformed too.
const esmPackages = ['pkijs', 'asn1js', 'bytestreamjs', 'pvtsutils', 'pvutils', '@noble', '@peculiar', 'postal-mime', 'pdfjs-dist'];
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};
/** @type {import('jest').Config} */
export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/{unit,security,vectors}/**/*.test.ts'] },
    // Interop suites drive real peers (OpenSSL, NSS, gpgsm, SoftHSM2, PKITS): allow for a busy machine.
    { ...common, displayName: 'interop', testMatch: ['<rootDir>/test/interop/**/*.test.ts'], testTimeout: 60_000 },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
