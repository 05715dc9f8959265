// Let the browser draw what was just rendered before a long step runs.

/**
 * Resolves once the next frame has been drawn, or after 100 ms where no frame comes (a hidden tab
 * runs no animation frames; waiting for one there would stall the work).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
