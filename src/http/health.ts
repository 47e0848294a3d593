import type { Request, Response, Router } from 'express';
import express from 'express';

export interface ReadinessProbe {
  /** Resolves true when the database answers and the seed has been applied. */
  (): Promise<boolean>;
}

/** `/health`: the process is alive. `/ready`: it can answer queries (database up, graph loaded). */
export function healthRoutes(ready: ReadinessProbe): Router {
  const router = express.Router();
  router.get('/health', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req: Request, res: Response) => {
    const ok = await ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  return router;
}
