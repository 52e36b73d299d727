import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createAppServices } from './app/providers';
import { appRoutes } from './app/routes';
import './ui/theme.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App services={createAppServices()} router={createBrowserRouter(appRoutes)} />
  </StrictMode>,
);
