/* Material for MkDocs' inline head script, moved to a file so the site runs
 * under a Content-Security-Policy without 'unsafe-inline'. Same code (MIT,
 * Martin Donath), except that:
 * - the site root comes from this file's own URL (<site>/assets/theme/scope.js)
 *   instead of a template variable;
 * - __md_get returns null instead of throwing when an entry is not valid JSON
 *   or storage is blocked, so a corrupt entry never breaks a page (Material's
 *   own script and palette.js read their settings through it). */
__md_scope=new URL("../../",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_,t=__md_scope)=>{try{return JSON.parse((_||localStorage).getItem(t.pathname+"."+e))}catch(e){return null}},__md_set=(e,_,t,a=__md_scope)=>{try{(t||localStorage).setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}};
