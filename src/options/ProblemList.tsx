// Problems in a rules pack, each with its place: the file, where in it, and the rule.
import type { PackProblem } from '../packs/types';
import { t } from '../ui/i18n';

export function ProblemList({ problems }: { problems: readonly PackProblem[] }) {
  return (
    <ul class="problems">
      {problems.map((p, i) => (
        <li key={i} data-path={p.path}>
          <span class="place">
            {p.file}, {p.path}
            {p.ruleId !== undefined && t('options.packs.problemRule', { rule: p.ruleId })}
          </span>
          : {p.message}
        </li>
      ))}
    </ul>
  );
}
