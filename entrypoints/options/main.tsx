import { render } from 'preact';
import { applyTheme, rememberedTheme } from '../../components/ui/theme';
import { openDb } from '../../db/db';
import { App } from './App';
import '../../components/ui/page.css';
import '../../components/settings/settings.css';

applyTheme(rememberedTheme());
render(<App db={openDb()} />, document.getElementById('app')!);
