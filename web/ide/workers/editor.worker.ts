// Monaco's base editor worker (text models, diffs), served from this server.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
