/* Material for MkDocs' inline content script, moved to a file for the CSP (same code, MIT, Martin Donath). */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"));
