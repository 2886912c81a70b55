// The Web Worker of 导出数据包's read and encoding (package-rows-service.ts).
import { expose } from 'comlink';
import { createPackageRowsService } from './package-rows-service';

/** Opens the app's database at its current version (the page has created and upgraded it). */
function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      // A newer tab upgrading the database: let it (this export's read then fails with its message).
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

expose(createPackageRowsService(openDatabase));
