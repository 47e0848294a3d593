import type { Request, Response, Router } from 'express';
import express from 'express';

export interface ReadinessProbe {
  /** Resolves true when the database answers and the seed has been applied. */
  (): Promise<boolean>;
}

/**
 * `/health`: the process is alive and can recover by itself (`alive` turns false once the embedded
 * database has been given up on, so a supervisor restarts us). `/ready`: it can answer queries
 * (database up, graph loaded).
 */
export function healthRoutes(ready: ReadinessProbe, alive: () => boolean = () => true): Router {
  const router = express.Router();
  router.get('/health', (_req: Request, res: Response) => {
    if (alive()) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'failed' });
  });
  router.get('/ready', async (_req: Request, res: Response) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  return router;
}
