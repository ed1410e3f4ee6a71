/* Material for MkDocs' inline head script, moved to a file so the site runs
 * under a Content-Security-Policy without 'unsafe-inline'. Same code (MIT,
 * Martin Donath), except that the site root comes from this file's own URL
 * (<site>/assets/theme/scope.js) instead of a template variable. */
__md_scope=new URL("../../",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}};
