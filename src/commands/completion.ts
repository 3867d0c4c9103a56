// `iocc completion bash|zsh|fish`: a completion script made from the command line's own definition, so it
// never lists a command or option iocc does not have. zsh runs the bash script through bashcompinit.
import type { Command, Option } from 'commander';

interface Spec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly {
    readonly flag: string;
    readonly short?: string;
    readonly description: string;
    readonly values?: readonly string[];
    readonly takesValue: boolean;
  }[];
}

/** The subcommands and their long options; `values` lists an option's choices (target ids for --target). */
function specsOf(root: Command, targetIds: readonly string[]): Spec[] {
  return root.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: [...c.options, ...(c.name() === 'help' ? [] : [])]
      .flatMap((o: Option) => {
        const flag = o.long;
        if (flag === undefined) return [];
        const values = o.argChoices ?? (flag === '--target' ? targetIds : undefined);
        return [
          {
            flag,
            ...(o.short !== undefined && { short: o.short }),
            description: o.description,
            takesValue: o.required || o.optional,
            ...(values !== undefined && { values }),
          },
        ];
      })
      .concat([{ flag: '--help', description: 'show help', takesValue: false }]),
  }));
}

// Words in the scripts are iocc's own names (commands, flags, choices): letters, digits, - + . only.
const word = (s: string): string => s.replace(/[^A-Za-z0-9+.,_-]/g, '');
const fishText = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function bash(specs: readonly Spec[]): string {
  const cases = specs
    .map((s) => {
      const values = s.options
        .filter((o) => o.values !== undefined)
        .map(
          (o) =>
            `      ${[o.flag, o.short ?? '']
              .filter((f) => f !== '')
              .map(word)
              .join('|')}) COMPREPLY=($(compgen -W "${(o.values ?? []).map(word).join(' ')}" -- "$cur")); return ;;`,
        );
      return [
        `    ${word(s.name)})`,
        `      opts="${s.options.map((o) => word(o.flag)).join(' ')}"`,
        values.length > 0 ? `      case "$prev" in\n  ${values.join('\n  ')}\n      esac` : '',
        '      ;;',
      ]
        .filter((l) => l !== '')
        .join('\n');
    })
    .join('\n');
  return `# iocc completion for bash. Load it with: source <(iocc completion bash)
# or save it as ~/.local/share/bash-completion/completions/iocc
_iocc() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${specs.map((s) => word(s.name)).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _iocc iocc
`;
}

function zsh(specs: readonly Spec[]): string {
  return `# iocc completion for zsh. Load it with: source <(iocc completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash(specs).split('\n').slice(2).join('\n')}`;
}

function fish(specs: readonly Spec[]): string {
  const lines = [
    '# iocc completion for fish. Save it as ~/.config/fish/completions/iocc.fish',
    'complete -c iocc -f',
    ...specs.map((s) => `complete -c iocc -n __fish_use_subcommand -a ${word(s.name)} -d ${fishText(s.description)}`),
  ];
  for (const s of specs)
    for (const o of s.options) {
      const arg =
        o.values !== undefined ? ` -xa ${fishText(o.values.map(word).join(' '))}` : o.takesValue ? ' -r -F' : '';
      lines.push(
        `complete -c iocc -n '__fish_seen_subcommand_from ${word(s.name)}' ` +
          `-l ${word(o.flag.replace(/^--/, ''))}${arg} -d ${fishText(o.description)}`,
      );
    }
  return `${lines.join('\n')}\n`;
}

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];

export function completionScript(shell: Shell, root: Command, targetIds: readonly string[]): string {
  const specs = specsOf(root, targetIds).filter((s) => s.name !== 'help');
  return shell === 'bash' ? bash(specs) : shell === 'zsh' ? zsh(specs) : fish(specs);
}
