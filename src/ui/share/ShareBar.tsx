import { useRef, useState } from 'react';
import { parseScenarioFile, scenarioFileText } from '../../state/share/scenarioFile';
import { problemsMessage } from '../../state/share/problemsMessage';
import type { Scenario } from '../../state/slices/scenario';
import { useAppStore } from '../../state/store';
import { encodeScenario, URL_PARAMETERS } from '../../state/urlCodec';
import {
  copyText,
  collectReadouts,
  downloadPlot,
  downloadText,
  listPlots,
  type PlotHandle,
} from './domExports';
import { readoutsCsv, readoutsJson } from './exportData';
import { currentLink } from './currentLink';

const scenarioOf = (): Scenario => useAppStore.getState();

/** A scenario file is a few hundred bytes; anything over this is not one, and is not read at all. */
export const SCENARIO_FILE_MAX_BYTES = 1_000_000;

const isKnown = (name: string) => Object.values(URL_PARAMETERS).some((p) => p.name === name);

/** Copy link, exports of plots, numbers and the scenario, and scenario import. */
export function ShareBar() {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const [plots, setPlots] = useState<PlotHandle[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const copyLink = async () => {
    const url = currentLink();
    setLink(url);
    // The field must hold the link before the fallback selects it.
    if (linkField.current) linkField.current.value = url;
    const copied = await copyText(url, linkField.current);
    setStatus(copied ? 'Link copied.' : 'Press Ctrl+C (⌘C) to copy the selected link.');
  };

  const view = useAppStore((s) => s.view);
  const stamp = () => `kl-explorer-${view}`;

  const importFile = async (file: File) => {
    const store = useAppStore.getState();
    store.clearTopic('import');
    if (file.size > SCENARIO_FILE_MAX_BYTES) {
      store.pushMessage({
        level: 'error',
        topic: 'import',
        text: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; a scenario file is at most 1 MB (the ones Export saves are under 1 kB). Nothing was changed.`,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    const result = parseScenarioFile(text);
    store.clearTopic('import');
    if (!result.ok) {
      store.pushMessage({
        level: 'error',
        topic: 'import',
        text: `${file.name}: ${result.message}`,
      });
      return;
    }
    store.applyScenario(result.scenario);
    if (result.problems.length > 0)
      store.pushMessage({
        level: 'warning',
        topic: 'import',
        text: `${file.name}: ${problemsMessage(result.problems, 'file', isKnown)}`,
      });
    else
      store.pushMessage({
        level: 'info',
        topic: 'import',
        text: `${file.name}: scenario restored.`,
      });
  };

  return (
    <div className="share-bar" data-testid="share">
      <button type="button" data-testid="share.copyLink" onClick={copyLink}>
        Copy link
      </button>
      <input
        ref={linkField}
        className="share-link"
        data-testid="share.link"
        aria-label="Link to this scenario"
        readOnly
        value={link}
        hidden={link === ''}
        onFocus={(e) => e.currentTarget.select()}
      />
      <span className="share-status" role="status" data-testid="share.status">
        {status}
      </span>
      <details
        className="share-menu"
        data-testid="share.export"
        onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setPlots(listPlots())}
      >
        <summary>Export</summary>
        <div className="share-menu-body">
          <p className="share-menu-title">Plots</p>
          {plots.length === 0 && <p className="muted">No chart on this view yet.</p>}
          <ul>
            {plots.map((plot) => (
              <li key={plot.name}>
                <span>{plot.title}</span>{' '}
                <button
                  type="button"
                  data-testid={`export.png.${plot.name}`}
                  onClick={() => void downloadPlot(plot, 'png')}
                >
                  PNG
                </button>{' '}
                <button
                  type="button"
                  data-testid={`export.svg.${plot.name}`}
                  onClick={() => void downloadPlot(plot, 'svg')}
                >
                  SVG
                </button>
              </li>
            ))}
          </ul>
          <p className="share-menu-title">Numbers (every readout of this view, in nats)</p>
          <p>
            <button
              type="button"
              data-testid="export.csv"
              onClick={() =>
                downloadText(`${stamp()}-numbers.csv`, readoutsCsv(collectReadouts()), 'text/csv')
              }
            >
              CSV
            </button>{' '}
            <button
              type="button"
              data-testid="export.json"
              onClick={() =>
                downloadText(
                  `${stamp()}-numbers.json`,
                  readoutsJson(view, encodeScenario(scenarioOf()), collectReadouts()),
                  'application/json',
                )
              }
            >
              JSON
            </button>
          </p>
          <p className="share-menu-title">Scenario</p>
          <p>
            <button
              type="button"
              data-testid="export.scenario"
              onClick={() =>
                downloadText(
                  `${stamp()}-scenario.json`,
                  scenarioFileText(scenarioOf()),
                  'application/json',
                )
              }
            >
              Save scenario (JSON)
            </button>{' '}
            <button
              type="button"
              data-testid="scenario.open"
              onClick={() => fileInput.current?.click()}
            >
              Open scenario…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="scenario.file"
              aria-label="Scenario file to open"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void importFile(f);
              }}
            />
          </p>
        </div>
      </details>
    </div>
  );
}
