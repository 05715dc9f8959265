import { render } from 'preact';
render(<p>LoopReady</p>, document.getElementById('app')!);
