/** GET / — the landing page (worker/pages/home.tsx). */
import { Hono } from 'hono';
import type { AppEnv } from '../lib/http';
import { homeCsp, homePage } from '../pages/home';

const home = new Hono<AppEnv>();

home.get('/', async (c) => {
  c.header('Content-Security-Policy', await homeCsp());
  c.header('Cache-Control', 'public, max-age=300');
  return c.html(homePage());
});

export default home;
