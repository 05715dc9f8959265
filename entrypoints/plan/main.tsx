import { render } from 'preact';
import { applyTheme, rememberedTheme } from '../../components/ui/theme';
import { openDb } from '../../db/db';
import { App } from './App';
import '../../components/ui/page.css';
import '../../components/plan/plan.css';
import '../../components/stories/stories.css';

applyTheme(rememberedTheme());
render(<App db={openDb()} jobId={new URLSearchParams(location.search).get('jobId')} focusId={location.hash.slice(1) || null} />, document.getElementById('app')!);
