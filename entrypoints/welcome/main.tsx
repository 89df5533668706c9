import { render } from 'preact';
import { browserSiteAccess } from '@/components/welcome/site-access';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { openDatabase } from '@/utils/db';
import '@/components/extension-page.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<WelcomeApp db={openDatabase()} access={browserSiteAccess} />, root);
