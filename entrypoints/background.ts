export default defineBackground(() => {
  // filled in by later work
});
