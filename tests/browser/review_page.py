#!/usr/bin/python3
"""Drives review.html in headless Chromium over the DevTools protocol.

    review_page.py PAGE OUTDIR ITEMS

Opens PAGE (a review.html), checks that hostile message text stays text,
decides items with real clicks and keys, reloads and checks the decisions
were kept, decides the rest per conversation, names the reviewer, exports
decisions.json into OUTDIR and saves screenshots there.  ITEMS is the
number of items ihh-review --list counted.  Exit status 0 when all held;
otherwise the first failure on stderr.

Debian's chromium and python3-websocket only; the browser gets its own
profile folder inside OUTDIR and no network.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import websocket  # python3-websocket


def fail(msg):
    print("review_page.py: " + msg, file=sys.stderr)
    sys.exit(1)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Page:
    def __init__(self, ws):
        self.ws = ws
        self.next = 0
        self.events = []

    def call(self, method, **params):
        self.next += 1
        self.ws.send(json.dumps({"id": self.next, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next:
                if "error" in msg:
                    fail("%s: %s" % (method, msg["error"]))
                return msg.get("result", {})
            self.events.append(msg)
            if msg.get("method") == "Page.javascriptDialogOpening":
                # the export asks before it writes an incomplete file
                self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog",
                                         "params": {"accept": True}}))

    def js(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            fail("script failed: %s: %s" % (expr, r["exceptionDetails"]))
        return r["result"].get("value")

    def wait(self, expr, what, timeout=10):
        end = time.time() + timeout
        while time.time() < end:
            if self.js(expr):
                return
            time.sleep(0.1)
        fail("waited in vain for " + what)

    def click(self, selector):
        box = self.js("(() => { const e = document.querySelector(%s); if (!e) return null;"
                      " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                      " return [r.x + r.width / 2, r.y + r.height / 2]; })()" % json.dumps(selector))
        if not box:
            fail("nothing to click at " + selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=1)

    def key(self, k):
        self.call("Input.dispatchKeyEvent", type="keyDown", key=k, text=k)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=k)

    def shot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


def main():
    if len(sys.argv) != 4:
        fail("usage: review_page.py PAGE OUTDIR ITEMS")
    page_path, outdir, want_items = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), int(sys.argv[3])
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        fail("chromium is not installed")
    profile = os.path.join(outdir, "profile")
    os.makedirs(profile, mode=0o700, exist_ok=True)
    port = free_port()
    # the browser's own scratch stays in the test's private folder too
    scratch = os.path.join(outdir, "tmp")
    os.makedirs(scratch, mode=0o700, exist_ok=True)
    env = dict(os.environ, TMPDIR=scratch)
    proc = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=%d" % port,
                             "--user-data-dir=" + profile, "--window-size=1200,900", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        run(proc, port, page_path, outdir, want_items)
    finally:
        proc.kill()
        proc.wait()


def run(proc, port, page_path, outdir, want_items):
    end = time.time() + 30
    targets = None
    while time.time() < end and targets is None:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/json" % port, timeout=2) as r:
                targets = [t for t in json.load(r) if t.get("type") == "page"]
        except OSError:
            time.sleep(0.2)
    if not targets:
        fail("chromium did not start")
    p = Page(websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=30))
    p.call("Page.enable")
    p.call("Runtime.enable")
    p.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=outdir, eventsEnabled=True)
    # the page must not reach out: every request it makes is counted
    p.call("Network.enable")
    p.call("Page.navigate", url="file://" + page_path)
    p.wait("document.readyState === 'complete' && document.querySelectorAll('.item').length > 0",
           "the page to draw its items")
    requests = [e for e in p.events if e.get("method") == "Network.requestWillBeSent"
                and not e["params"]["request"]["url"].startswith("file://")]
    if requests:
        fail("the page asked the network for %s" % requests[0]["params"]["request"]["url"])

    n = p.js("document.querySelectorAll('.item').length")
    if n != want_items:
        fail("the page shows %d items, the list has %d" % (n, want_items))
    # hostile text is shown as text: nothing ran, the markup is visible
    if p.js("window.pwned") is not None:
        fail("a message's markup ran as script")
    if not p.js("document.body.innerText.includes('<img src=x onerror=window.pwned=1>')"):
        fail("the hostile message is not shown as text")
    if p.js("document.querySelectorAll('main img, main script').length"):
        fail("a message became markup")
    p.shot(os.path.join(outdir, "1-opened.png"))

    # clicks: accept the first item, reject the second
    p.click("#item-0 button.accept")
    p.click("#item-1 button.reject")
    # keys: from the second item, j j makes the fourth current; a accepts it and
    # moves on, r rejects the fifth
    p.js("document.activeElement.blur()")
    p.key("j")
    p.key("j")
    p.key("a")
    p.key("r")
    decided = p.js("document.querySelectorAll('.item.decided-accept, .item.decided-reject').length")
    if decided != 4:
        fail("4 items decided by clicks and keys, the page shows %d" % decided)
    label = p.js("document.getElementById('count').textContent")
    p.shot(os.path.join(outdir, "2-decided.png"))

    # the tab closes and opens again: nothing lost
    p.js("window.before_reload = true")
    p.call("Page.reload")
    p.wait("window.before_reload === undefined && document.readyState === 'complete' &&"
           " !!document.getElementById('count') && document.getElementById('count').textContent.length > 0",
           "the reload")
    again = p.js("document.getElementById('count').textContent")
    if again != label or not again.startswith("4 van"):
        fail("after a reload the page says '%s', before it said '%s'" % (again, label))
    if not p.js("document.querySelector('#item-1').classList.contains('decided-reject')"):
        fail("the rejection was not kept over the reload")

    # the rest, a conversation at a time; what was decided stays so
    for i in range(p.js("document.querySelectorAll('section.conv').length")):
        p.click("section.conv:nth-of-type(%d) button.all-accept" % (i + 1))
    if not p.js("document.querySelector('#item-1').classList.contains('decided-reject')"):
        fail("deciding the rest of a conversation changed a decision made before")
    # the reviewer names herself
    p.click("#reviewer")
    p.call("Input.insertText", text="Bea Bos")
    if p.js("document.getElementById('count').textContent") != "%d van %d beslist" % (want_items, want_items):
        fail("not every item is decided: " + p.js("document.getElementById('count').textContent"))
    p.shot(os.path.join(outdir, "3-all-decided.png"))
    target = os.path.join(outdir, "decisions.json")
    if os.path.exists(target):
        os.unlink(target)
    p.click("#export")
    end = time.time() + 15
    while time.time() < end and not os.path.exists(target):
        time.sleep(0.1)
    if not os.path.exists(target):
        fail("the export wrote no decisions.json")
    with open(target, encoding="utf-8") as f:
        d = json.load(f)
    if d["reviewer"] != "Bea Bos" or len(d["decisions"]) != want_items:
        fail("decisions.json: reviewer %r, %d decisions" % (d["reviewer"], len(d["decisions"])))
    print("  ok      review.html in Chromium: %d items, clicks, keys, reload, export; screenshots in %s"
          % (want_items, outdir))


main()
