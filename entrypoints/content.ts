export default defineContentScript({
  matches: ['*://amazon.jobs/*', '*://*.amazon.jobs/*'],
  runAt: 'document_idle',
  main() {},
});
