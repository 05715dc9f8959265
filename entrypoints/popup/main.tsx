import { render } from 'preact';
import { App } from './App';
import { askPage, targetTabId } from './ask-page';
import './style.css';

const ask = async () => askPage(await targetTabId());
render(<App ask={ask} />, document.getElementById('app')!);
