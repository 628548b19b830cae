import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Block } from '../../electron/model/blocks.js';
import { blocksToTiptap, tiptapToBlocks, type TipNode } from '../lib/blocks-tiptap.js';
import { ReleaseTable } from '../lib/table-node.js';
import { cleanWordHtml } from '../lib/word-paste.js';
import { MOD } from './shortcuts-help.js';

export function RichEditor({ initial, onChange, label, onText }: { initial: Block[]; onChange: (blocks: Block[]) => void; label: string; onText?: (text: string) => void }) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https', HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
      }),
      ReleaseTable,
    ],
    content: blocksToTiptap(initial),
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'prose', spellcheck: 'true' },
      transformPastedHTML: cleanWordHtml,
    },
    onCreate: ({ editor: e }) => onText?.(e.getText()),
    onUpdate: ({ editor: e }) => {
      onChange(tiptapToBlocks(e.getJSON() as TipNode));
      onText?.(e.getText());
    },
  });
  return (
    <div className="rich">
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [, force] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState('');
  useEffect(() => {
    const update = () => force((n) => n + 1);
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);
  const btn = (name: string, label: string, active: boolean, run: () => void, text: string, disabled = false) => (
    <button
      key={name}
      type="button"
      className={active ? 'tool active' : 'tool'}
      aria-pressed={active}
      title={label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      <span aria-hidden="true">{text}</span>
      <span className="sr-only">{label}</span>
    </button>
  );
  const chain = () => editor.chain().focus();
  const applyLink = () => {
    const href = url.trim();
    if (!href) chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: /^(https?:|mailto:)/i.test(href) ? href : /@/.test(href) ? `mailto:${href}` : `https://${href}` }).run();
    setLinkOpen(false);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {btn('bold', `${t('editor.bold')} (${MOD}+B)`, editor.isActive('bold'), () => chain().toggleBold().run(), 'B')}
      {btn('italic', `${t('editor.italic')} (${MOD}+I)`, editor.isActive('italic'), () => chain().toggleItalic().run(), 'I')}
      {btn('link', t('editor.link'), editor.isActive('link'), () => {
        setUrl(String(editor.getAttributes('link').href ?? ''));
        setLinkOpen((o) => !o);
      }, '↗')}
      <span className="tool-sep" aria-hidden="true" />
      {btn('h2', t('editor.heading2'), editor.isActive('heading', { level: 2 }), () => chain().toggleHeading({ level: 2 }).run(), 'H2')}
      {btn('h3', t('editor.heading3'), editor.isActive('heading', { level: 3 }), () => chain().toggleHeading({ level: 3 }).run(), 'H3')}
      {btn('ul', t('editor.bullets'), editor.isActive('bulletList'), () => chain().toggleBulletList().run(), '•')}
      {btn('ol', t('editor.numbers'), editor.isActive('orderedList'), () => chain().toggleOrderedList().run(), '1.')}
      {btn('quote', t('editor.quote'), editor.isActive('blockquote'), () => chain().toggleBlockquote().run(), '“')}
      <span className="tool-sep" aria-hidden="true" />
      {btn('undo', `${t('editor.undo')} (${MOD}+Z)`, false, () => chain().undo().run(), '↶', !editor.can().undo())}
      {btn('redo', `${t('editor.redo')} (${MOD}+Y)`, false, () => chain().redo().run(), '↷', !editor.can().redo())}
      {linkOpen && (
        <span className="link-form">
          <label className="sr-only" htmlFor="link-url">
            {t('editor.linkUrl')}
          </label>
          <input
            id="link-url"
            autoFocus
            value={url}
            placeholder="https://"
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              } else if (e.key === 'Escape') setLinkOpen(false);
            }}
          />
          <button type="button" className="btn small" onClick={applyLink}>
            {t('common.apply')}
          </button>
        </span>
      )}
    </div>
  );
}
