// Problems in a rules pack, each with its place: the file, where in it, and the rule.
import type { PackProblem } from '../packs/types';

export function ProblemList({ problems }: { problems: readonly PackProblem[] }) {
  return (
    <ul class="problems">
      {problems.map((p, i) => (
        <li key={i} data-path={p.path}>
          <span class="place">
            {p.file}, {p.path}
            {p.ruleId !== undefined && `, rule “${p.ruleId}”`}
          </span>
          : {p.message}
        </li>
      ))}
    </ul>
  );
}
