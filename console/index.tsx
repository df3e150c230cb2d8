/// <reference types="vite/client" />
import { render } from 'preact';
import { App } from './app';
import { injectStyles } from './lib/inject-styles';
import { syncDocumentTitle } from './stores/document-title';
import css from './styles.css?inline';

injectStyles(css);
syncDocumentTitle();
render(<App />, document.getElementById('app')!);
