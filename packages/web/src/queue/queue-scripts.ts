/**
 * The board's script: polls the board every 1.5 s with If-None-Match (API Gateway's HTTP API does
 * not stream, so short polling, not SSE); after a failed poll it says so and tries again, backing
 * off to 10 s at most, so a network blip heals by itself. Each new call (number and call count not
 * seen before) is spoken once through speechSynthesis, queued so two calls never overlap. Calls on
 * the board when the page loads are shown, not spoken.
 */
export const BOARD_SCRIPT = `(function(){
var cfg=JSON.parse(document.getElementById('board-config').textContent);
var list=document.getElementById('calls'),status=document.getElementById('status'),waiting=document.getElementById('waiting');
var etag=null,seen=null,queue=[],speaking=false,delay=1500,sound=false;
function fill(t,v){return t.replace('{n}',v.n).replace('{w}',v.w);}
function speakNext(){
  if(speaking||queue.length===0||!sound||!window.speechSynthesis)return;
  speaking=true;var text=queue.shift();
  var u=new SpeechSynthesisUtterance(text);u.lang='zh-CN';u.rate=0.9;
  var done=function(){speaking=false;setTimeout(speakNext,400);};
  u.onend=done;u.onerror=done;window.speechSynthesis.speak(u);
}
function render(b){
  list.textContent='';
  b.calls.forEach(function(c){var li=document.createElement('li');li.textContent=fill(cfg.call,{n:c.number,w:c.window});list.appendChild(li);});
  waiting.textContent=cfg.waiting.replace('{n}',String(b.waiting));
  var keys=b.calls.map(function(c){return c.number+'.'+c.calls;});
  if(seen!==null){b.calls.slice().reverse().forEach(function(c){var k=c.number+'.'+c.calls;if(seen.indexOf(k)<0){queue.push('请 '+c.number.split('').join(' ')+' 号 到 '+c.windowZh+' 办理');}});}
  seen=(seen||[]).concat(keys).slice(-200);
  speakNext();
}
function poll(){
  var h={};if(etag)h['If-None-Match']=etag;
  fetch(cfg.url,{headers:h,cache:'no-store'}).then(function(r){
    if(r.status===304){return null;}
    if(!r.ok)throw new Error('status '+r.status);
    etag=r.headers.get('ETag');return r.json();
  }).then(function(b){status.textContent='';delay=1500;if(b)render(b);})
  .catch(function(){status.textContent=cfg.offline;delay=Math.min(delay*2,10000);})
  .then(function(){setTimeout(poll,delay);});
}
document.getElementById('sound').addEventListener('click',function(){sound=true;this.hidden=true;if(window.speechSynthesis){window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));}speakNext();});
window.__board={queue:function(){return queue.slice();},spoken:function(){return seen;}};
poll();
})();`;

/** The ticket page's script: every 5 s asks whether the ticket moved, and reloads when it did; errors are retried. */
export const TICKET_SCRIPT = `(function(){
var cfg=JSON.parse(document.getElementById('ticket-config').textContent);
function poll(){fetch(cfg.url,{cache:'no-store'}).then(function(r){return r.ok?r.json():null;}).then(function(s){if(s&&s.state!==cfg.state)location.reload();}).catch(function(){}).then(function(){setTimeout(poll,5000);});}
setTimeout(poll,5000);
})();`;
