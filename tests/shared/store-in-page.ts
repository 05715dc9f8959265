// Reads of the extension's IndexedDB that run inside an extension page, for the Chromium
// (playwright-core) and Firefox (puppeteer-core) harnesses alike: `page.evaluate(storedApplicationsInPage)`.
// Observable state, no extension API. Each is one self-contained arrow function: the page gets its
// source text, so it may use nothing from this module.

/** Every stored application. */
export const storedApplicationsInPage = (): Promise<Array<Record<string, unknown>>> =>
  new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    const open = indexedDB.open('loopready');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('applications', 'readonly').objectStore('applications').getAll();
      req.onsuccess = () => {
        resolve(req.result as Array<Record<string, unknown>>);
        db.close();
      };
      req.onerror = () => reject(req.error);
    };
  });

/** How many applications are stored (without copying them out of the page). */
export const storedApplicationCountInPage = (): Promise<number> =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('loopready');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('applications', 'readonly').objectStore('applications').count();
      req.onsuccess = () => {
        resolve(req.result);
        db.close();
      };
      req.onerror = () => reject(req.error);
    };
  });
