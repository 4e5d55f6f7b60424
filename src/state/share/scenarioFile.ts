import type { Scenario } from '../slices/scenario';
import { decodeScenario, encodeScenario, URL_PARAMETERS, type UrlProblem } from '../urlCodec';
import { LINK_VERSION } from './shareScenario';

/** The `format` field that marks a KL Explorer scenario file. */
export const SCENARIO_FILE_FORMAT = 'kl-explorer-scenario';

type ParamCodec = { encode(v: unknown): string };

/**
 * A scenario as a JSON file: every parameter (defaults included, so the file restores exactly, even
 * into an app whose defaults changed) as its link text, and the link itself for people.
 */
export function scenarioFileText(scenario: Scenario): string {
  const parameters: Record<string, string> = {};
  for (const key of Object.keys(URL_PARAMETERS) as (keyof Scenario)[]) {
    const { name, codec } = URL_PARAMETERS[key];
    if (name === 'v') continue;
    parameters[name] = (codec as unknown as ParamCodec).encode(scenario[key]);
  }
  const file = {
    format: SCENARIO_FILE_FORMAT,
    v: LINK_VERSION,
    link: encodeScenario(scenario),
    parameters,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ScenarioFileResult =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      /** Only the settings read correctly: the rest of the current scenario stays as it is. */
      readonly scenario: Partial<Scenario>;
      readonly problems: readonly UrlProblem[];
    };

/**
 * Reads a scenario file through the same decoder as links. A file that is not JSON or not a scenario
 * file changes nothing; otherwise every readable setting is restored, and each unreadable one (bad
 * value, unknown name, other version) is reported and keeps its current value. Never throws.
 */
export function parseScenarioFile(text: string): ScenarioFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        'The file is not JSON, so it is not a KL Explorer scenario file. Nothing was changed.',
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      message:
        'The file holds no JSON object, so it is not a KL Explorer scenario file. Nothing was changed.',
    };
  const file = data as Record<string, unknown>;
  if (file.format !== SCENARIO_FILE_FORMAT)
    return {
      ok: false,
      message: `The file's "format" is not "${SCENARIO_FILE_FORMAT}": it is not a KL Explorer scenario file. Nothing was changed.`,
    };
  const problems: UrlProblem[] = [];
  if (file.v !== LINK_VERSION)
    problems.push({
      param: 'v',
      message: `is ${JSON.stringify(file.v ?? null)}, a version this app does not know (it writes ${LINK_VERSION}); what could be read was restored`,
    });
  const params = file.parameters;
  if (typeof params !== 'object' || params === null || Array.isArray(params))
    return { ok: false, message: 'The file has no "parameters" object. Nothing was changed.' };
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
    if (name === 'v') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      problems.push({ param: name, message: 'is not text or a number' });
      continue;
    }
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  const decoded = decodeScenario(`?${parts.join('&')}`);
  problems.push(...decoded.problems);
  const bad = new Set(problems.map((p) => p.param));
  const present = new Set(Object.keys(params as object));
  const scenario: Record<string, unknown> = {};
  for (const key of Object.keys(URL_PARAMETERS) as (keyof Scenario)[]) {
    const { name } = URL_PARAMETERS[key];
    if (name !== 'v' && present.has(name) && !bad.has(name)) scenario[key] = decoded.scenario[key];
  }
  return { ok: true, scenario: scenario as Partial<Scenario>, problems };
}
