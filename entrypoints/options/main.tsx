import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase } from '@/utils/db';
import '@/components/extension-page.css';
import '../welcome/style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp db={openDatabase()} />, root);
