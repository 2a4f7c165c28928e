import { TrainingControls } from './controls/TrainingControls';
import { DataPanel } from './data/DataPanel';
import { NetworkDiagram } from './diagram/NetworkDiagram';
import { NetworkPanel } from './network/NetworkPanel';
import { OutputPanel } from './output/OutputPanel';
import { WeightHeatmaps } from './heatmap/WeightHeatmaps';
import { Notices } from './layout/Notices';
import { MetricsPanel } from './metrics/MetricsPanel';
import { Charts, Later, StepInspector, Timeline } from './layout/lazy';
import { HeaderTools, WebLayer } from './classroom/HeaderTools';
import { Show } from './share/Show';
import { LessonDoor, LessonsButton } from './lessons/LessonDoor';
import { LessonPanel } from './lessons/LessonPanel';
import type { Autosave } from '../store/autosave';

/**
 * The page: settings on the left, network and weights in the centre, output and charts on the right. With
 * `autosave` (the site; tests render without it) the session is saved as it changes and restored on reload.
 */
export function App({ autosave }: { autosave?: Autosave } = {}) {
  return (
    <div className="app">
      <Show id="header">
        <header className="app-header">
          <h1>
            <span className="logo" aria-hidden="true">
              ±
            </span>{' '}
            Weightscope
          </h1>
          <p className="tagline">every weight a signed number</p>
          <LessonsButton />
          <HeaderTools />
        </header>
      </Show>
      <Notices />
      <WebLayer autosave={autosave} />
      <Show id="lessons">
        <LessonDoor />
        <LessonPanel />
      </Show>
      <main className="layout">
        <div className="col-left">
          <Show id="data">
            <DataPanel />
          </Show>
          <Show id="network">
            <NetworkPanel />
          </Show>
        </div>
        <div className="col-centre">
          <Show id="controls">
            <TrainingControls />
          </Show>
          <Show id="heatmaps">
            <WeightHeatmaps />
          </Show>
          <Show id="diagram">
            <NetworkDiagram />
          </Show>
        </div>
        <div className="col-right">
          <Show id="output">
            <OutputPanel />
          </Show>
          <Show id="metrics">
            <MetricsPanel />
          </Show>
          <Show id="inspector">
            <Later>
              <StepInspector />
            </Later>
          </Show>
        </div>
      </main>
      <section className="below" aria-label="Timeline and charts">
        <Show id="timeline">
          <Later>
            <Timeline />
          </Later>
        </Show>
        <Show id="charts">
          <Later>
            <Charts />
          </Later>
        </Show>
      </section>
    </div>
  );
}
