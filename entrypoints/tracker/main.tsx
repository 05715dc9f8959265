import { render } from 'preact';
import { applyTheme, rememberedTheme } from '../../components/ui/theme';
import { openDb } from '../../db/db';
import { App } from './App';
import '../../components/ui/page.css';
import '../../components/tracker/tracker.css';
import '../../components/stories/stories.css';
import '../../components/interviews/interviews.css';

// Before the first render: the remembered theme, so a dark-mode page never flashes white.
applyTheme(rememberedTheme());
performance.mark('tracker-start');
render(<App db={openDb()} />, document.getElementById('app')!);
