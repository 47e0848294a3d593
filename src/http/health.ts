import type { Request, Response, Router } from 'express';
import express from 'express';
import type { DatabaseHealth } from '../db/supervisor.js';

export interface ReadinessProbe {
  /** Resolves true when the database answers and the seed has been applied. */
  (): Promise<boolean>;
}

/**
 * `/health`: the process is alive and can recover by itself (`alive` turns false once the embedded
 * database has been given up on, so a supervisor restarts us); its `database` says where the
 * database stands, so a 200 during a restart is not mistaken for all well. `/ready`: it can answer
 * queries (database up, graph loaded).
 */
export function healthRoutes(ready: ReadinessProbe, alive: () => boolean = () => true, databaseHealth: () => DatabaseHealth = () => 'up'): Router {
  const router = express.Router();
  router.get('/health', (_req: Request, res: Response) => {
    const database = alive() ? databaseHealth() : 'failed';
    if (database !== 'failed') res.json({ status: 'ok', database });
    else res.status(503).json({ status: 'failed', database });
  });
  router.get('/ready', async (_req: Request, res: Response) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  return router;
}
