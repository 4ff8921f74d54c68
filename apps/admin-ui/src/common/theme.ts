import type { ThemeConfig } from 'antd';
import './theme.css';

/**
 * Text dark enough to read on white and on antd's light greys (#fafafa table heads, #f5f5f5
 * disabled fields): 5.3:1 on white, 4.9:1 on #f5f5f5, where antd's defaults are 3.4:1 for
 * secondary text (45 % black) and 1.8:1 for placeholders and empty tables (25 %).
 */
const QUIET_TEXT = 'rgba(0, 0, 0, 0.58)';

/**
 * antd's theme with every colour that carries text at WCAG 2.1 AA contrast, 4.5:1 (issue #18:
 * axe-core finds no serious violation on any screen; GB/T 37668). The seed colours are antd's
 * own palette one or two steps darker: white on the primary blue (buttons, the selected menu
 * entry) and the blue on white (links, tabs) 6.2:1 instead of 4.1:1, darker still on hover; the
 * status colours as tag and alert text on their usual light backgrounds (kept light: derived from
 * the darker seeds they would turn grey). Coloured tags (`<Tag color="gold">`) are in theme.css.
 */
export const ACCESSIBLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#003eb3',
    colorInfo: '#0958d9',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorTextTertiary: QUIET_TEXT,
    colorTextDescription: QUIET_TEXT,
    colorTextPlaceholder: QUIET_TEXT,
    colorTextDisabled: QUIET_TEXT,
  },
};
