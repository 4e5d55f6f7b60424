import { useAppStore } from '../../state/store';
import type { MlScenario } from '../../state/mlScenario';

/** One ML scenario value and its setter (through applyScenario, so the URL follows). */
export function useMlValue<K extends keyof MlScenario>(
  key: K,
): [MlScenario[K], (v: MlScenario[K]) => void] {
  const value = useAppStore((s) => s[key]);
  const apply = useAppStore((s) => s.applyScenario);
  return [value, (v) => apply({ [key]: v } as Partial<MlScenario>)];
}

/** Why student and teacher cannot be compared, or null when they have the same shape. */
export function shapeProblem(
  student: readonly (readonly number[])[],
  teacher: readonly (readonly number[])[],
): string | null {
  const shape = (m: readonly (readonly number[])[]) => `${m.length}×${m[0]?.length ?? 0}`;
  if (shape(student) === shape(teacher)) return null;
  return `Student logits are ${shape(student)} but teacher logits are ${shape(teacher)}: they must have the same rows and classes. Trim them to a common shape to continue.`;
}
