/** Runs before first paint so the saved 字号 applies without a flash. */
export const FONT_SIZE_KEY = 'zjnews:font-size';
export const FONT_SIZES = ['sm', 'md', 'lg', 'xl'] as const;
export const fontSizeBootScript = `try{var s=localStorage.getItem('${FONT_SIZE_KEY}');if(s&&${JSON.stringify(FONT_SIZES)}.indexOf(s)>=0)document.documentElement.dataset.fontSize=s}catch(e){}`;
