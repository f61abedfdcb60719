"use strict";
// Live reload for `lessons serve`: the page knows the build it was served at (data-generation on
// this script) and listens on the server's reload socket; a different build number reloads it.
(() => {
  const served = Number(document.currentScript.dataset.generation);
  const path = document.currentScript.dataset.socket;
  const listen = () => {
    const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + path);
    socket.onmessage = (event) => { if (Number(event.data) !== served) location.reload(); };
    // The server restarted or the laptop slept: try again; the first message says whether to reload.
    socket.onclose = () => setTimeout(listen, 1000);
  };
  listen();
})();
