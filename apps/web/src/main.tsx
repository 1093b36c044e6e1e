import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { bundledExamples } from './domain/examples';
import { workerAnalyser } from './domain/folder-analyser';
import { indexedDbStore, memoryStore } from './workspace/workspace-store';
import './styles.css';

const element = document.getElementById('root');
if (element === null) throw new Error('The page has no #root element');
const store = typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
createRoot(element).render(
  <StrictMode>
    <App examples={bundledExamples} store={store} defaultFolder="hagiang-2013-roadmap" analyse={workerAnalyser()} />
  </StrictMode>,
);
