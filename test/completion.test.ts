// `iocc completion bash` runs in bash and completes commands, options and their values; the fish and zsh
// scripts name the same commands (no fish or zsh here to run them).
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { cli } from './support/helpers.js';

/** The completions bash offers for the words typed so far (the last one being completed). */
function complete(script: string, words: string[]): string[] {
  const line = words.map((w) => `'${w}'`).join(' ');
  const out = execFileSync(
    'bash',
    [
      '-c',
      `eval "$IOCC_COMPLETION"; COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; ` +
        `_iocc; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { env: { ...process.env, IOCC_COMPLETION: script }, encoding: 'utf8' },
  );
  return out.split('\n').filter((l) => l !== '');
}

describe('iocc completion', () => {
  const bash = cli(['completion', 'bash']).stdout;

  test('bash: commands, options of a command, and the values of an option', () => {
    expect(complete(bash, ['iocc', ''])).toEqual(
      expect.arrayContaining(['build', 'validate', 'diff', 'new', 'init', 'completion', 'targets']),
    );
    expect(complete(bash, ['iocc', 'di'])).toEqual(['diff']);
    expect(complete(bash, ['iocc', 'diff', '--for'])).toEqual(['--format']);
    expect(complete(bash, ['iocc', 'diff', '--format', ''])).toEqual(['text', 'json', 'github', 'markdown']);
    expect(complete(bash, ['iocc', 'build', '-t', 'ya'])).toEqual(['yara']);
    expect(complete(bash, ['iocc', 'build', '--ch'])).toEqual(['--check']);
  });

  test('zsh loads the bash function through bashcompinit; fish names every command and option', () => {
    const zsh = cli(['completion', 'zsh']).stdout;
    expect(zsh).toContain('autoload -U +X bashcompinit && bashcompinit');
    expect(zsh).toContain('complete -o filenames -F _iocc iocc');
    const fish = cli(['completion', 'fish']).stdout;
    expect(fish).toContain("complete -c iocc -n __fish_use_subcommand -a diff -d 'what changed between two builds");
    expect(fish).toContain(
      "complete -c iocc -n '__fish_seen_subcommand_from diff' -l format -xa 'text json github markdown'",
    );
  });

  test('an unknown shell is a usage error', () => {
    const r = cli(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "value 'powershell' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.",
    );
  });
});
