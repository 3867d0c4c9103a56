// The files of a new rules repository (`iocc init`): iocc as a dev dependency, rules/, the GitHub
// workflow (validate with annotations, dist/ up to date, checksums, the diff on pull requests) and a
// README with the commands.

export function repositoryFiles(o: { name: string; ioccSpec: string }): Record<string, string> {
  const pkg = {
    name: o.name,
    private: true,
    description: 'Detection rules compiled by iocc',
    scripts: {
      validate: 'iocc validate',
      build: 'iocc build',
      check: 'iocc build --check',
      diff: 'iocc diff',
    },
    devDependencies: { iocc: o.ioccSpec },
  };
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    '.gitignore': 'node_modules/\n',
    'rules/.gitkeep': '',
    'README.md': readme(o.name),
    '.github/workflows/iocc.yml': workflow,
  };
}

const readme = (name: string): string => `# ${name}

Detection rules, one YAML file per threat in \`rules/\`, compiled by [iocc](https://www.npmjs.com/package/iocc)
into \`dist/\` (osquery packs, Sigma rules, YARA rules, Defender indicator CSVs and more).

\`\`\`sh
npm install                     # once: installs iocc (commit package-lock.json)
npx iocc new acme-backdoor-2026 # a new rule in rules/: replace its TODOs, add indicators
npx iocc build                  # validate rules/ and compile it into dist/; commit both
\`\`\`

\`npx iocc validate\` checks without writing, \`npx iocc diff\` shows what a change does to the detections,
\`dist/COVERAGE.md\` what each target carries. CI (\`.github/workflows/iocc.yml\`) validates every push with
annotations, fails when \`dist/\` is not what \`rules/\` compiles to, and comments the diff on pull requests.
`;

const workflow = `# Validate the rules, check that the committed dist/ is what they compile to, and comment what a pull
# request changes in the detections.
name: iocc
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  rules:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: Validate the rules (annotations on the pull request)
        run: npx iocc validate --format github
      - name: dist/ is what rules/ compiles to
        run: npx iocc build --check --format github
      - name: Checksums of dist/
        run: cd dist && sha256sum -c SHA256SUMS
  diff:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: iocc diff against the base branch
        run: |
          npx iocc diff "origin/$BASE_REF" --format markdown > iocc-diff.md
          cat iocc-diff.md >> "$GITHUB_STEP_SUMMARY"
        env:
          BASE_REF: \${{ github.base_ref }}
      - name: Post it on the pull request
        if: github.event.pull_request.head.repo.full_name == github.repository
        run: gh pr comment "$PR" --body-file iocc-diff.md --edit-last || gh pr comment "$PR" --body-file iocc-diff.md
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
`;
