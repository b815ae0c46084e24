// The compiler's one ES view in the bundles: esbuild.mjs resolves every other module's import
// of 'typescript' to this file, so the package is wrapped once, not once per importing module.
import ts from 'typescript';

export default ts;
