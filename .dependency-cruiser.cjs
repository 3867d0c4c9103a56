// The layer rules of `npm run lint` (README, "Layers"). Dependencies run one way:
//   cli (the composition root) → targets/index.ts → targets/<id> → model → values
//   cli → build → load → model → values
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-names-no-target',
      comment: 'The core never names a target; only the composition root (src/cli.ts) imports the registry.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli[.]ts$' },
      to: { path: '^targets/' },
    },
    {
      name: 'targets-apart',
      comment: 'A target is self-contained: it never imports another target (shared code belongs in src/).',
      severity: 'error',
      from: { path: '^targets/([^/]+)/' },
      to: { path: '^targets/', pathNot: '^targets/$1/' },
    },
    {
      name: 'targets-not-load',
      comment: 'Targets read the model, never the loader.',
      severity: 'error',
      from: { path: '^targets/' },
      to: { path: '^src/(load|build|write|cli|commands)/?' },
    },
    {
      name: 'targets-no-io',
      comment: 'Targets are pure: the core reads files and the environment and hands over what they need.',
      severity: 'error',
      from: { path: '^targets/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|process|child_process)$' },
    },
    {
      name: 'model-not-load',
      comment: 'The model is built from the loader output but does not depend on the loader.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/load/' },
    },
    {
      name: 'values-below',
      comment: 'The value modules are the bottom layer: they import neither the model nor the loader.',
      severity: 'error',
      from: { path: '^src/values/' },
      to: { path: '^src/(model|load)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that cannot be resolved cannot be checked either.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
