import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { openDatabase } from '@/utils/db';
import '@/components/extension-page.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<LibraryApp db={openDatabase()} />, root);
