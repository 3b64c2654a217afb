#!/usr/bin/env python3
"""Opens relgraph's HTML page in a real browser (headless Chromium through Selenium) and uses it as an
analyst would.

Usage: check_html.py RELGRAPH_BINARY REPOSITORY_ROOT [SCREENSHOT.png]

Builds `graph.html` of REPOSITORY_ROOT/examples (`build --format html`), opens it from a file:// URL and:
- types the start of a name after `/`, chooses it with Enter, finds it selected, centred, its neighbourhood
  dimmed around it, the URL's hash naming it and the panel showing its evidence, a known sentence included;
- follows a neighbour from the panel; clicks an edge and finds its relation and evidence; switches to depth 2;
- unticks a type and finds its entities hidden; hides co-occurrences and finds only typed lines; raises the
  minimum weight and finds the lighter lines hidden;
- pans with the mouse and a finger, zooms with the wheel, two fingers and the keyboard, fits again; checks that every label shown is
  at least 9 CSS px tall (and that some are hidden when fitted, shown when zoomed in);
- opens `graph.html#platform.Sky_ECC` and finds Sky ECC selected;
- finds no console message of any level above INFO and no request (performance resource entries);
- opens the page `merge` and `subgraph` write (the latter from a SQLite graph), the one `merge` writes of
  a graph whose labels, aliases, ids, document names and evidence are hostile markup, and finds that nothing
  ran (no alert, no element the labels tried to create, no CSP violation) and the labels shown as text;
- opens the page of a graph larger than the layout guard and finds the notice and only the part shown.
With SCREENSHOT.png, saves the page with Sky ECC selected there (1600 × 1000 CSS px).
Chromium and its driver are /usr/bin/chromium and /usr/bin/chromedriver (Debian's `chromium` and
`chromium-driver`), named explicitly so that Selenium's driver manager never reaches for the network.
Prints one line per check and `N passed, N failed`; exits 1 if any failed.
"""
import json
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

KNOWN_SENTENCE = "De server van Sky ECC is offline gehaald en in beslag genomen door de Nederlandse autoriteiten."
HOSTILE = [
    "<img src=x onerror=\"document.body.dataset.ran='img'\">",
    "</script><script>document.body.dataset.ran='script'</script>",
    "<!-- <script>document.body.dataset.ran='comment'</script>",
    "javascript:document.body.dataset.ran='url'",
    "\"><svg onload=\"document.body.dataset.ran='svg'\">",
    "line\u2028separator\u2029paragraph",
    "&lt;b&gt;entity&amp;",
    "</style><b id=\"injected\">bold</b>",
]
results = []
ROOT = "."


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))


def relgraph(binary, *arguments):
    """Runs relgraph in the repository's root, so that documents are named `examples/…`."""
    done = subprocess.run([binary, *arguments], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"relgraph {' '.join(arguments)}: {done.stderr}")
    return done


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1600,1000", "--force-device-scale-factor=1", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def open_page(driver, path, fragment=""):
    driver.get("file://" + path + fragment)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))


def page_data(driver):
    return driver.execute_script("return JSON.parse(document.getElementById('relgraph-data').textContent)")


def panel_title(driver):
    return driver.execute_script("const h = document.querySelector('#panel h2'); return h ? h.textContent : null")


def console_problems(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] not in ("INFO", "DEBUG", "ALL")]


def requests_made(driver):
    return driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")


def view_box(driver):
    return driver.execute_script("return document.querySelector('#view svg').getAttribute('viewBox')")


def labels_readable(driver):
    """The height of the shortest label shown, and how many are shown and hidden."""
    return driver.execute_script("""
        const shown = [], hidden = [];
        for (const text of document.querySelectorAll('#view svg text')) {
          if (text.closest('.hidden')) continue;
          (getComputedStyle(text).visibility === 'visible' ? shown : hidden).push(text.getBoundingClientRect().height);
        }
        return {smallest: shown.length ? Math.min(...shown) : null, shown: shown.length, hidden: hidden.length};
    """)


def click_at(driver, x, y):
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(x), int(y)).click()
    actions.perform()


def touch(driver, strokes):
    """Fingers down at the first point of each stroke, moved together to its second, lifted."""
    builder = ActionBuilder(driver)
    fingers = [builder.add_pointer_input(interaction.POINTER_TOUCH, f"finger{i}") for i in range(len(strokes))]
    for finger, (start, _) in zip(fingers, strokes):
        finger.create_pointer_move(x=int(start[0]), y=int(start[1]), origin="viewport")
    for finger in fingers:
        finger.create_pointer_down(button=0)
    for step in range(1, 6):
        for finger, (start, end) in zip(fingers, strokes):
            finger.create_pointer_move(duration=30, x=int(start[0] + (end[0] - start[0]) * step / 5),
                                       y=int(start[1] + (end[1] - start[1]) * step / 5), origin="viewport")
    for finger in fingers:
        finger.create_pointer_up(button=0)
    builder.perform()


def examples_page(driver, path, screenshot):
    open_page(driver, path)
    data = page_data(driver)
    ids = [node["id"] for node in data["nodes"]]
    check("the page holds every entity of the graph", data["shown"] == data["total"] == len(ids) > 0, data["shown"])

    fitted = labels_readable(driver)
    check(f"fitted, every label shown is at least 9 px tall ({fitted})",
          fitted["smallest"] is None or fitted["smallest"] >= 9, fitted)

    search = driver.find_element(By.ID, "search")
    search.send_keys("BELGIE")
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#matches li"))
    offered = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#matches li")]
    check("the search ignores case and accents (BELGIE finds België)", offered and offered[0].startswith("België"), offered)
    search.clear()
    search.send_keys(Keys.ESCAPE)
    ActionChains(driver).send_keys("/").perform()
    check("/ focuses the search box", driver.execute_script("return document.activeElement.id") == "search")
    ActionChains(driver).send_keys("sky e").perform()
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#matches li"))
    first = driver.find_element(By.CSS_SELECTOR, "#matches li").text
    check("type-ahead offers Sky ECC first", first.startswith("Sky ECC"), first)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    check("Enter selects it: the panel shows Sky ECC", panel_title(driver) == "Sky ECC", panel_title(driver))
    sky = ids.index("platform.Sky_ECC")
    check("the URL's hash names it", driver.execute_script("return location.hash") == "#platform.Sky_ECC",
          driver.execute_script("return location.hash"))
    state = driver.execute_script(f"""
        const node = document.getElementById('n{sky}'), view = document.querySelector('#view svg');
        const a = node.getBoundingClientRect(), b = view.getBoundingClientRect();
        return {{selected: node.classList.contains('selected'), dx: a.x + a.width / 2 - (b.x + b.width / 2),
                 dy: a.y + a.height / 2 - (b.y + b.height / 2), dimmed: document.querySelectorAll('#view g.node.dim').length}};
    """)
    check(f"it is highlighted and centred ({state})", state["selected"] and abs(state["dx"]) < 3 and abs(state["dy"]) < 3, state)
    check("entities outside its neighbourhood are dimmed", state["dimmed"] > 0, state)
    evidence = driver.execute_script("return Array.from(document.querySelectorAll('#panel .evidence q')).map(q => q.textContent)")
    check("the panel shows its evidence, with a sentence known to be in examples/", KNOWN_SENTENCE in evidence, evidence[:3])
    cites = driver.execute_script("return Array.from(document.querySelectorAll('#panel .evidence cite')).map(c => c.textContent)")
    check("each sentence names its document", cites and all(c.startswith("examples/") for c in cites), cites[:3])
    facts = driver.execute_script("return Array.from(document.querySelectorAll('#panel .facts dt')).map(d => d.textContent)")
    check("the panel gives type, aliases, mentions, documents, first and last seen",
          all(name in facts for name in ["type", "aliases", "mentions", "documents", "first seen", "last seen"]), facts)
    groups = driver.execute_script("return Array.from(document.querySelectorAll('#panel .relation-group h4')).map(h => h.textContent)")
    check("neighbours are grouped by relation", "seized_by →" in groups and "co_occurs" in groups, groups)
    zoomed = labels_readable(driver)
    check(f"zoomed in on the selection, labels show, each at least 9 px tall ({zoomed})",
          zoomed["shown"] > fitted["shown"] and zoomed["smallest"] >= 9, zoomed)
    if screenshot:
        driver.save_screenshot(screenshot)

    dimmed_at_one = state["dimmed"]
    driver.find_element(By.ID, "depth-two").click()
    dimmed_at_two = driver.execute_script("return document.querySelectorAll('#view g.node.dim').length")
    check("depth 2 dims fewer entities than depth 1", dimmed_at_two < dimmed_at_one, (dimmed_at_one, dimmed_at_two))
    driver.find_element(By.ID, "depth-two").click()

    neighbour = driver.execute_script("""
        const group = Array.from(document.querySelectorAll('#panel .relation-group')).find(g => g.querySelector('h4').textContent === 'seized_by →');
        const button = group.querySelector('button.entity'); button.scrollIntoView(); return button.textContent;""")
    driver.execute_script("""
        Array.from(document.querySelectorAll('#panel .relation-group')).find(g => g.querySelector('h4').textContent === 'seized_by →')
          .querySelector('button.entity').setAttribute('data-test', 'neighbour');""")
    driver.find_element(By.CSS_SELECTOR, "button[data-test=neighbour]").click()
    check(f"following a neighbour ({neighbour}) moves there", panel_title(driver) == neighbour == "Nederlandse autoriteiten",
          (panel_title(driver), neighbour))
    check("and the hash follows", driver.execute_script("return location.hash") == "#" + data["nodes"][ids.index("agency.Nederlandse_autoriteiten")]["id"],
          driver.execute_script("return location.hash"))

    # Click the seized_by line (Sky ECC → Nederlandse autoriteiten) half way along its path.
    seized = next(i for i, e in enumerate(data["edges"]) if e["relation"] == "seized_by" and e["source"] == sky)
    line = data["edges"][seized]["line"]
    point = driver.execute_script(f"""
        const path = document.querySelector('#e{line} path:not(.hit)');
        const p = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
        return [p.x, p.y];""")
    click_at(driver, *point)
    edge_panel = driver.execute_script("""
        return {title: document.querySelector('#panel h2') && document.querySelector('#panel h2').textContent,
                facts: Array.from(document.querySelectorAll('#panel .facts dd')).map(d => d.textContent),
                evidence: Array.from(document.querySelectorAll('#panel .evidence q')).map(q => q.textContent)};""")
    check("clicking a line shows its relation, weight, rule, hedged and evidence",
          edge_panel["title"] and "seized_by" in edge_panel["title"] and "seized_by" in edge_panel["facts"]
          and KNOWN_SENTENCE in edge_panel["evidence"] and any(f in ("yes", "no") for f in edge_panel["facts"]), edge_panel)

    # Pan with the mouse, zoom with the wheel and keys, fit.
    before = view_box(driver)
    svg = driver.find_element(By.CSS_SELECTOR, "#view svg")
    ActionChains(driver).move_to_element_with_offset(svg, -300, -300).click_and_hold().move_by_offset(120, 80).release().perform()
    check("dragging pans the drawing", view_box(driver) != before, (before, view_box(driver)))
    before = view_box(driver)
    ActionChains(driver).scroll_from_origin(ScrollOrigin.from_element(svg), 0, -300).perform()
    check("the wheel zooms", view_box(driver) != before, (before, view_box(driver)))
    centre = driver.execute_script("const b = document.querySelector('#view svg').getBoundingClientRect(); return [b.x + b.width / 2, b.y + b.height / 2]")
    before = view_box(driver)
    touch(driver, [[(centre[0], centre[1]), (centre[0] + 120, centre[1] + 80)]])
    check("a finger pans the drawing", view_box(driver) != before and view_box(driver).split()[2:] == before.split()[2:], (before, view_box(driver)))
    before = view_box(driver)
    touch(driver, [[(centre[0] - 60, centre[1]), (centre[0] - 120, centre[1])], [(centre[0] + 60, centre[1]), (centre[0] + 120, centre[1])]])
    check("two fingers pinch to zoom in", float(view_box(driver).split()[2]) < float(before.split()[2]), (before, view_box(driver)))
    before = view_box(driver)
    ActionChains(driver).send_keys("+").perform()
    after_plus = view_box(driver)
    ActionChains(driver).send_keys(Keys.ARROW_LEFT).perform()
    check("+ zooms in and the arrows pan", after_plus != before and view_box(driver) != after_plus, (before, after_plus))
    driver.find_element(By.ID, "fit").click()
    fitted_box = view_box(driver)
    ActionChains(driver).send_keys("+").send_keys("0").perform()
    check("fit (and 0) shows the whole drawing again", view_box(driver) == fitted_box, (fitted_box, view_box(driver)))
    check("fitted again, labels smaller than 9 px are hidden", labels_readable(driver)["hidden"] > 0, labels_readable(driver))

    # Filters.
    city = [i for i, n in enumerate(data["nodes"]) if n["type"] == "city"]
    driver.find_element(By.CSS_SELECTOR, "#types input[data-type=city]").click()
    shown_cities = driver.execute_script(f"return {json.dumps(city)}.filter(i => getComputedStyle(document.getElementById('n' + i)).display !== 'none').length")
    others = driver.execute_script("return document.querySelectorAll('#view g.node:not(.hidden)').length")
    check(f"unticking city hides its {len(city)} entities and only them", city and shown_cities == 0 and others == len(ids) - len(city),
          (shown_cities, others))
    driver.find_element(By.CSS_SELECTOR, "#types input[data-type=city]").click()
    check("ticking it again shows them", driver.execute_script("return document.querySelectorAll('#view g.node.hidden').length") == 0)

    driver.find_element(By.ID, "co-occurrence").click()
    lines = driver.execute_script("""
        const data = JSON.parse(document.getElementById('relgraph-data').textContent);
        return Array.from(document.querySelectorAll('#view g.edge')).filter(g => getComputedStyle(g).display !== 'none')
          .map(g => data.edges[Number(g.id.slice(1))].relation);""")
    typed = {e["line"] for e in data["edges"] if e["relation"] != "co_occurs"}
    check(f"hiding co-occurrences leaves only the {len(typed)} typed lines", lines and "co_occurs" not in lines and len(lines) == len(typed),
          (len(lines), len(typed)))
    driver.find_element(By.ID, "co-occurrence").click()

    heavy = 2
    driver.execute_script(f"const s = document.getElementById('min-weight'); s.value = '{heavy}'; s.dispatchEvent(new Event('input'));")
    kept = driver.execute_script("return document.querySelectorAll('#view g.edge:not(.hidden)').length")
    expected = len({e["line"] for e in data["edges"] if e["weight"] >= heavy})
    check(f"a minimum weight of {heavy} keeps the {expected} lines that heavy", kept == expected, (kept, expected))

    check("no console message above INFO", not console_problems(driver), console_problems(driver))
    check("no request was made", requests_made(driver) == [], requests_made(driver))

    open_page(driver, path, "#platform.Sky_ECC")
    check("graph.html#platform.Sky_ECC opens on Sky ECC", panel_title(driver) == "Sky ECC" and
          driver.execute_script(f"return document.getElementById('n{sky}').classList.contains('selected')"), panel_title(driver))
    check("no console message above INFO there either", not console_problems(driver), console_problems(driver))


def hostile_graph(folder):
    nodes = [{"id": "person.a", "label": HOSTILE[0], "type": "person", "aliases": HOSTILE[1:4], "mentions": 3},
             {"id": HOSTILE[1], "label": HOSTILE[4], "type": "agency", "aliases": [HOSTILE[5]], "mentions": 2},
             {"id": "platform.b", "label": HOSTILE[6], "type": "platform", "aliases": [HOSTILE[7]], "mentions": 1}]
    evidence = [{"document": text, "sentence": i, "text": HOSTILE[(i + 3) % len(HOSTILE)]} for i, text in enumerate(HOSTILE)]
    edges = [{"source": "person.a", "target": HOSTILE[1], "relation": "works_for", "weight": 2, "count": 2, "evidence": evidence, "rule": HOSTILE[2]},
             {"source": HOSTILE[1], "target": "person.a", "relation": "co_occurs", "weight": 1, "count": 1, "evidence": evidence[:2]},
             {"source": "platform.b", "target": "person.a", "relation": "co_occurs", "weight": 1, "count": 1, "evidence": evidence[2:]}]
    path = os.path.join(folder, "hostile.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges}, f)
    return path


def hostile_page(driver, path):
    open_page(driver, path)
    try:
        text = driver.switch_to.alert.text
        check("the hostile page opens no alert", False, text)
    except NoAlertPresentException:
        check("the hostile page opens no alert", True)
    ran = driver.execute_script("""return {ran: document.body.dataset.ran || null, images: document.images.length,
        scripts: document.scripts.length, injected: !!document.getElementById('injected'),
        svgs: document.querySelectorAll('svg svg, #view svg > svg').length}""")
    check(f"no hostile label ran or made an element ({ran})", ran["ran"] is None and ran["images"] == 0 and ran["scripts"] == 2
          and not ran["injected"] and ran["svgs"] == 0, ran)
    for index in range(3):
        driver.execute_script(f"document.getElementById('n{index}').dispatchEvent(new MouseEvent('click', {{bubbles: true}}))")
        shown = driver.execute_script("return document.getElementById('panel').textContent")
        node = page_data(driver)["nodes"][index]
        check(f"entity {index}'s label and aliases show as text", node["label"] in shown and all(a in shown for a in node["aliases"]),
              shown[:200])
    after = driver.execute_script("return {ran: document.body.dataset.ran || null, images: document.images.length, scripts: document.scripts.length, injected: !!document.getElementById('injected')}")
    check("nothing ran after the panels showed them either", after == {"ran": None, "images": 0, "scripts": 2, "injected": False}, after)
    evidence = driver.execute_script("return Array.from(document.querySelectorAll('#panel .evidence q')).map(q => q.textContent)")
    check("hostile evidence shows as text", set(evidence) <= set(HOSTILE) and len(evidence) > 0, evidence)
    check("the hostile page logs no console message above INFO (no CSP violation)", not console_problems(driver), console_problems(driver))
    check("and makes no request", requests_made(driver) == [], requests_made(driver))


def large_page(driver, binary, folder):
    """A generated graph of 200 places, each joined to the next and the seventh next: above dot's 150-node guard."""
    nodes = [{"id": f"city.Place{i:03d}", "label": f"Place{i:03d}", "type": "city", "aliases": [], "mentions": 1} for i in range(200)]
    edges = [{"source": f"city.Place{i:03d}", "target": f"city.Place{(i + step) % 200:03d}", "relation": "co_occurs",
              "weight": 1 + i % 3, "count": 1, "evidence": []} for i in range(200) for step in (1, 7)]
    graph = os.path.join(folder, "large.json")
    with open(graph, "w", encoding="utf-8") as f:
        json.dump({"directed": True, "multigraph": False, "graph": {}, "nodes": nodes, "edges": edges}, f)
    page = os.path.join(folder, "large.html")
    relgraph(binary, "merge", graph, "--format", "html", "--layout", "dot", "--output", page)
    open_page(driver, page)
    notice = driver.execute_script("const n = document.getElementById('notice'); return n ? n.textContent : null")
    data = page_data(driver)
    check(f"a graph above the guard shows its best-connected part and says so ({notice})",
          notice == f"showing {data['shown']} of 200 entities — use relgraph subgraph for the rest" and data["shown"] <= 150
          and len(data["nodes"]) == data["shown"] == driver.execute_script("return document.querySelectorAll('#view g.node').length"), notice)
    check("no console message above INFO on the large page", not console_problems(driver), console_problems(driver))


def main():
    global ROOT
    binary, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    screenshot = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    driver = browser()
    try:
        with tempfile.TemporaryDirectory() as folder:
            page = os.path.join(folder, "graph.html")
            relgraph(binary, "build", "examples", "--format", "html", "--output", page, "--quiet")
            examples_page(driver, page, screenshot)

            sqlite = os.path.join(folder, "graph.sqlite")
            relgraph(binary, "build", "examples", "--format", "sqlite", "--output", sqlite, "--quiet")
            ego = os.path.join(folder, "sky.html")
            relgraph(binary, "subgraph", sqlite, "Sky ECC", "--format", "html", "--output", ego, "--hide-cooccurrence")
            open_page(driver, ego)
            data = page_data(driver)
            check("subgraph --format html --hide-cooccurrence: Sky ECC's typed network",
                  "platform.Sky_ECC" in [n["id"] for n in data["nodes"]] and data["edges"]
                  and all(e["relation"] != "co_occurs" for e in data["edges"]), len(data["edges"]))

            hostile = os.path.join(folder, "hostile.html")
            relgraph(binary, "merge", hostile_graph(folder), "--format", "html", "--output", hostile)
            hostile_page(driver, hostile)

            large_page(driver, binary, folder)
    finally:
        driver.quit()
    print(f"{results.count(True)} passed, {results.count(False)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
