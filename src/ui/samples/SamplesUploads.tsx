import { clearUpload, uploadSamples } from '../../state/samples/samplesBridge';
import { useAppStore } from '../../state/store';

/** A CSV file for P's and Q's sample sets; the files stay on this computer (never in the link). */
export function SamplesUploads() {
  const uploads = useAppStore((s) => s.samples.uploads);
  const reading = useAppStore((s) => s.samples.reading);
  const note = useAppStore((s) => s.samples.fileNote);
  return (
    <div className="samples-uploads">
      <p className="samples-hint">
        Or use your own samples: a CSV with one column (values) or two (points). Files are read on
        this computer and never put in the link.
      </p>
      {(['p', 'q'] as const).map((which) => {
        const u = uploads[which];
        return (
          <div key={which} className="samples-upload">
            <label>
              <span className={`swatch swatch-${which}`} aria-hidden="true" /> Samples of{' '}
              {which.toUpperCase()}
              <input
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                data-testid={`samples.upload.${which}`}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) void uploadSamples(useAppStore, which, f);
                  e.target.value = '';
                }}
              />
            </label>
            {u && (
              <span data-testid={`samples.upload.${which}.status`}>
                {u.name}: {u.rows.toLocaleString('en')}{' '}
                {u.set.dimension === 1 ? 'values' : 'points'}{' '}
                <button type="button" onClick={() => clearUpload(useAppStore, which)}>
                  Draw from {which.toUpperCase()} instead
                </button>
              </span>
            )}
            {reading?.which === which && (
              <progress
                value={reading.progress}
                max={1}
                aria-label={`Reading the file for ${which.toUpperCase()}`}
              />
            )}
          </div>
        );
      })}
      {note && (
        <p
          className={note.refused ? 'samples-note error' : 'samples-note'}
          role={note.refused ? 'alert' : 'status'}
          data-testid="samples.file-note"
        >
          {note.text}
        </p>
      )}
    </div>
  );
}
