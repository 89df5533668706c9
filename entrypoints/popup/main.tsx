import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserServices } from '@/components/popup/services';
import '@/components/extension-page.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<PopupApp services={browserServices()} />, root);
