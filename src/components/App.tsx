import { TrainingControls } from './controls/TrainingControls';
import { WeightHeatmaps } from './heatmap/WeightHeatmaps';
import { Notices } from './layout/Notices';
import { MetricsPanel } from './metrics/MetricsPanel';

/** The page: settings on the left, network and weights in the centre, output and charts on the right. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <span className="logo" aria-hidden="true">
            ±
          </span>{' '}
          Weightscope
        </h1>
        <p className="tagline">every weight a signed number</p>
      </header>
      <Notices />
      <main className="layout">
        <div className="col-left" />
        <div className="col-centre">
          <TrainingControls />
          <WeightHeatmaps />
        </div>
        <div className="col-right">
          <MetricsPanel />
        </div>
      </main>
    </div>
  );
}
