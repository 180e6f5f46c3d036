#!/usr/bin/env node
import { createRequire as __lpsCreateRequire } from 'node:module';
const require = __lpsCreateRequire(import.meta.url);
import { fileURLToPath as __lpsFileURLToPath } from 'node:url';
const __filename = __lpsFileURLToPath(import.meta.url);
const __dirname = __lpsFileURLToPath(new URL('.', import.meta.url));
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key2 of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key2) && key2 !== except && __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path3) {
      let ctrl = callVisitor(key2, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key2, path3, ctrl), visit_(key2, ctrl, visitor, path3);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          let ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path3) {
      let ctrl = await callVisitor(key2, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key2, path3, ctrl), visitAsync_(key2, ctrl, visitor, path3);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key2, node, visitor, path3) {
      if (typeof visitor == "function")
        return visitor(key2, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path3);
    }
    function replaceNode(key2, path3, node) {
      let parent = path3[path3.length - 1];
      if (identity.isCollection(parent))
        parent.items[key2] = node;
      else if (identity.isPair(parent))
        key2 === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2")
              return this.yaml.version = version2, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version2);
              return onError(6, `Unsupported YAML version ${version2}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count2 && (count2 = c);
        }
        return count2;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        let k = path3[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 == "object" && !!path3[Symbol.iterator]().next().done, Collection2 = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          let [key2, ...rest] = path3, node = this.get(key2, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        let [key2, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key2);
        let node = this.get(key2, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        let [key2, ...rest] = path3, node = this.get(key2, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path3) {
        let [key2, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key2);
        let node = this.get(key2, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        let [key2, ...rest] = path3;
        if (rest.length === 0)
          this.set(key2, value);
        else {
          let node = this.get(key2, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text2[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text2[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text2;
      onFold && onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text2.length;
        fold === 0 ? res = `
${indent}${text2.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text2[fold]}\\`), res += `
${indent}${text2.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i, start = i + 1, ch = text2[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text2[++i];
        else {
          do
            ch = text2[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text2[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString2(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString2;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString2 = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString2.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify2.stringify(key2, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key2) => (merge2.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge2.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key2, value2] of srcMap)
        map instanceof Map ? map.has(key2) || map.set(key2, value2) : map instanceof Set ? map.add(key2) : Object.prototype.hasOwnProperty.call(map, key2) || Object.defineProperty(map, key2, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge2 = require_merge(), stringify2 = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key2))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key2, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        let strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key2, value, ctx) {
      let k = createNode.createNode(key2, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key2, this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        return identity.isNode(key2) && (key2 = key2.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection2 = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key2) {
      let k = identity.isScalar(key2) ? key2.value : key2;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key2 || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key2, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key2, value] of obj)
            add(key2, value);
        else if (obj && typeof obj == "object")
          for (let key2 of Object.keys(obj))
            add(key2, obj[key2]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries2 = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries2) {
          let i = this.items.findIndex((item) => sortEntries2(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key2) {
        let it = findPair(this.items, key2);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key2, keepScalar) {
        let node = findPair(this.items, key2)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection2 = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        let idx = asItemIndex(key2);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key2, keepScalar) {
        let idx = asItemIndex(key2);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        let idx = asItemIndex(key2);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        let idx = asItemIndex(key2);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString2 = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString2.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString2 = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString2.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key2, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key2 = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key2 = keys[0], value = it[key2];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key2 = it;
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key2, value;
          if (identity.isPair(pair) ? (key2 = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key2, ctx)) : key2 = toJS.toJS(pair, "", ctx), map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key: key2 } of pairs$1.items)
          identity.isScalar(key2) && (seenKeys.includes(key2.value) ? onError(`Ordered maps must not include duplicate keys: ${key2.value}`) : seenKeys.push(key2.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        identity.isPair(key2) ? pair = key2 : key2 && typeof key2 == "object" && "key" in key2 && "value" in key2 && key2.value === null ? pair = new Pair.Pair(key2.key, null) : pair = new Pair.Pair(key2, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        let pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key2);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key2));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day3, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day3, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge2.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge2), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify2.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify2.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection2 = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version2 = this.directives.yaml.version)) : this.directives = new directives.Directives({ version: version2 }), this.setSchema(version2, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path3, value) {
        assertCollection(this.contents) && this.contents.addIn(path3, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        let k = this.createNode(key2, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        return Collection2.isEmptyPath(path3) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path3) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        return Collection2.isEmptyPath(path3) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        return Collection2.isEmptyPath(path3) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path3) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        this.contents == null ? this.contents = Collection2.collectionFromPath(this.schema, [key2], value) : assertCollection(this.contents) && this.contents.set(key2, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        Collection2.isEmptyPath(path3) ? this.contents = value : this.contents == null ? this.contents = Collection2.collectionFromPath(this.schema, Array.from(path3), value) : assertCollection(this.contents) && this.contents.setIn(path3, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        typeof version2 == "number" && (version2 = String(version2));
        let opt;
        switch (version2) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version2 : this.directives = new directives.Directives({ version: version2 }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super(), this.name = name, this.code = code, this.message = message2, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count2 = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes(`
`))
            return !0;
          if (key2.end) {
            for (let st of key2.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key2.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key: key2, sep: sep2, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2 && (key2.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key2 && key2.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) && onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep2 = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep2 + cb : comment = cb, sep2 = "";
              break;
            }
            case "newline":
              comment && (sep2 += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key: key2, sep: sep2, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2) && onError(
            key2,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key2) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (let st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep2 = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message2 = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep2 === " " ? sep2 = `
` : !prevMoreIndented && sep2 === `
` && (sep2 = `

`), value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`, prevMoreIndented = !0) : content === "" ? sep2 === `
` ? value += `
` : sep2 = `
` : (value += sep2 + content, sep2 = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep2 = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep2 === `
` ? res += sep2 : sep2 = `
` : (res += sep2 + lm, sep2 = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range2, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          let message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message2, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message2)) : this.errors.push(new errors.YAMLParseError(pos, code, message2));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString2 = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message2) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString2.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString2.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key2 of Object.keys(token))
          key2 !== "type" && key2 !== "offset" && delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key2 of Object.keys(token))
            key2 !== "type" && key2 !== "offset" && delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep2, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key2 && (res += stringifyToken(key2)), sep2)
        for (let st of sep2)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path3) => {
      let item = cst;
      for (let [field, index] of path3) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path3) => {
      let parent = visit2.itemAtPath(cst, path3.slice(0, -1)), field = path3[path3.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path3));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path3) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i)
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep2;
          scalar.end ? (sep2 = scalar.end, sep2.push(this.sourceToken), delete scalar.end) : sep2 = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key2 = it.key, sep2 = it.sep;
                    sep2.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: key2, sep: sep2 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions2(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse4(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.format = format;
    exports.parse = parse4;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/, TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, QUOTE_REGEXP = /[\\"]/g, TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, NullObject = /* @__PURE__ */ (() => {
      let C = function() {
      };
      return C.prototype = /* @__PURE__ */ Object.create(null), C;
    })();
    function format(obj) {
      let { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type))
        throw new TypeError(`Invalid type: ${type}`);
      let result = type;
      if (parameters)
        for (let param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param))
            throw new TypeError(`Invalid parameter name: ${param}`);
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      return result;
    }
    function parse4(header, options) {
      let stopChar = options?.comma === !0 ? COMMA : 65536, len = header.length, index = skipOWS(header, options?.start ?? 0, len), valueStart = index;
      index = skipValue(header, index, len, stopChar);
      let valueEnd = trailingOWS(header, valueStart, index), type = header.slice(valueStart, valueEnd).toLowerCase();
      return options?.parameters === !1 ? { type, index, parameters: new NullObject() } : parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32, HTAB = 9, SEMI = 59, EQ = 61, DQUOTE = 34, BSLASH = 92, COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      let parameters = new NullObject();
      parameter: for (; index < len && header.charCodeAt(index) !== stopChar; ) {
        index = skipOWS(header, index + 1, len);
        let keyStart = index;
        for (; index < len; ) {
          let code = header.charCodeAt(index);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            let keyEnd = trailingOWS(header, keyStart, index), key2 = header.slice(keyStart, keyEnd).toLowerCase();
            if (index = skipOWS(header, index + 1, len), index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              for (; index < len; ) {
                let code2 = header.charCodeAt(index++);
                if (code2 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar), parameters[key2] === void 0 && (parameters[key2] = value);
                  break;
                }
                if (code2 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            let valueStart = index;
            if (index = skipValue(header, index, len, stopChar), parameters[key2] === void 0) {
              let valueEnd = trailingOWS(header, valueStart, index);
              parameters[key2] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str, index, len, stopChar) {
      for (; index < len; ) {
        let code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      for (; index < len; ) {
        let char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      for (; end > start; ) {
        let char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports == "object" && typeof module < "u" ? module.exports = factory() : typeof define == "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis < "u" ? globalThis : typeof window < "u" ? window : typeof global < "u" ? global : typeof self < "u" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n.default || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults)
          v = defaults[k], onto[k] = (ref = received[k]) != null ? ref : v;
        return onto;
      }, overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received)
          v = received[k], defaults[k] !== void 0 && (onto[k] = v);
        return onto;
      }, parser = {
        load,
        overwrite
      }, DLList;
      DLList = class {
        constructor(incr, decr) {
          this.incr = incr, this.decr = decr, this._first = null, this._last = null, this.length = 0;
        }
        push(value) {
          var node;
          this.length++, typeof this.incr == "function" && this.incr(), node = {
            value,
            prev: this._last,
            next: null
          }, this._last != null ? (this._last.next = node, this._last = node) : this._first = this._last = node;
        }
        shift() {
          var value;
          if (this._first != null)
            return this.length--, typeof this.decr == "function" && this.decr(), value = this._first.value, (this._first = this._first.next) != null ? this._first.prev = null : this._last = null, value;
        }
        first() {
          if (this._first != null)
            return this._first.value;
        }
        getArray() {
          var node, ref, results;
          for (node = this._first, results = []; node != null; )
            results.push((ref = node, node = node.next, ref.value));
          return results;
        }
        forEachShift(cb) {
          var node;
          for (node = this.shift(); node != null; )
            cb(node), node = this.shift();
        }
        debug() {
          var node, ref, ref1, ref2, results;
          for (node = this._first, results = []; node != null; )
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          return results;
        }
      };
      var DLList_1 = DLList, Events;
      Events = class {
        constructor(instance) {
          if (this.instance = instance, this._events = {}, this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null)
            throw new Error("An Emitter already exists for this object");
          this.instance.on = (name, cb) => this._addListener(name, "many", cb), this.instance.once = (name, cb) => this._addListener(name, "once", cb), this.instance.removeAllListeners = (name = null) => name != null ? delete this._events[name] : this._events = {};
        }
        _addListener(name, status, cb) {
          var base;
          return (base = this._events)[name] == null && (base[name] = []), this._events[name].push({ cb, status }), this.instance;
        }
        listenerCount(name) {
          return this._events[name] != null ? this._events[name].length : 0;
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            return name !== "debug" && this.trigger("debug", `Event triggered: ${name}`, args), this._events[name] == null ? void 0 : (this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            }), promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status !== "none") {
                listener.status === "once" && (listener.status = "none");
                try {
                  return returned = typeof listener.cb == "function" ? listener.cb(...args) : void 0, typeof returned?.then == "function" ? await returned : returned;
                } catch (error) {
                  return e2 = error, this.trigger("error", e2), null;
                }
              }
            }), (await Promise.all(promises)).find(function(x) {
              return x != null;
            }));
          } catch (error) {
            return e = error, this.trigger("error", e), null;
          }
        }
      };
      var Events_1 = Events, DLList$1, Events$1, Queues;
      DLList$1 = DLList_1, Events$1 = Events_1, Queues = class {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this), this._length = 0, this._lists = (function() {
            var j, ref, results;
            for (results = [], i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j)
              results.push(new DLList$1((() => this.incr()), (() => this.decr())));
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0)
            return this.Events.trigger("leftzero");
        }
        decr() {
          if (--this._length === 0)
            return this.Events.trigger("zero");
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          return priority != null ? this._lists[priority].length : this._length;
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list2) {
            return list2.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list2;
          for (j = 0, len = arr.length; j < len; j++)
            if (list2 = arr[j], list2.length > 0)
              return list2;
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues, BottleneckError;
      BottleneckError = class extends Error {
      };
      var BottleneckError_1 = BottleneckError, BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10, DEFAULT_PRIORITY = 5, parser$1 = parser, BottleneckError$1 = BottleneckError_1, Job = class {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task, this.args = args, this.rejectOnDrop = rejectOnDrop, this.Events = Events2, this._states = _states, this.Promise = Promise2, this.options = parser$1.load(options, jobDefaults), this.options.priority = this._sanitizePriority(this.options.priority), this.options.id === jobDefaults.id && (this.options.id = `${this.options.id}-${this._randomIndex()}`), this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve, this._reject = _reject;
          }), this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          return sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority, sProperty < 0 ? 0 : sProperty > NUM_PRIORITIES - 1 ? NUM_PRIORITIES - 1 : sProperty;
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message: message2 = "This job has been dropped by Bottleneck" } = {}) {
          return this._states.remove(this.options.id) ? (this.rejectOnDrop && this._reject(error ?? new BottleneckError$1(message2)), this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise }), !0) : !1;
        }
        _assertStatus(expected) {
          var status;
          if (status = this._states.jobStatus(this.options.id), !(status === expected || expected === "DONE" && status === null))
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
        }
        doReceive() {
          return this._states.start(this.options.id), this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          return this._assertStatus("RECEIVED"), this._states.next(this.options.id), this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          return this.retryCount === 0 ? (this._assertStatus("QUEUED"), this._states.next(this.options.id)) : this._assertStatus("EXECUTING"), this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          this.retryCount === 0 ? (this._assertStatus("RUNNING"), this._states.next(this.options.id)) : this._assertStatus("EXECUTING"), eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount }, this.Events.trigger("executing", eventInfo);
          try {
            if (passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)), clearGlobalState())
              return this.doDone(eventInfo), await free(this.options, eventInfo), this._assertStatus("DONE"), this._resolve(passed);
          } catch (error1) {
            return error = error1, this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          return this._states.jobStatus(this.options.id === "RUNNING") && this._states.next(this.options.id), this._assertStatus("EXECUTING"), eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount }, error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`), this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState())
            return retry2 = await this.Events.trigger("failed", error, eventInfo), retry2 != null ? (retryAfter = ~~retry2, this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo), this.retryCount++, run(retryAfter)) : (this.doDone(eventInfo), await free(this.options, eventInfo), this._assertStatus("DONE"), this._reject(error));
        }
        doDone(eventInfo) {
          return this._assertStatus("EXECUTING"), this._states.next(this.options.id), this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job, BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser, BottleneckError$2 = BottleneckError_1, LocalDatastore = class {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance, this.storeOptions = storeOptions, this.clientId = this.instance._randomIndex(), parser$2.load(storeInstanceOptions, storeInstanceOptions, this), this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now(), this._running = 0, this._done = 0, this._unblockTime = 0, this.ready = this.Promise.resolve(), this.clients = {}, this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          return this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null) ? typeof (base = this.heartbeat = setInterval(() => {
            var amount, incr, maximum, now, reservoir;
            if (now = Date.now(), this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval && (this._lastReservoirRefresh = now, this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount, this.instance._drainAll(this.computeCapacity())), this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval && ({
              reservoirIncreaseAmount: amount,
              reservoirIncreaseMaximum: maximum,
              reservoir
            } = this.storeOptions, this._lastReservoirIncrease = now, incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount, incr > 0))
              return this.storeOptions.reservoir += incr, this.instance._drainAll(this.computeCapacity());
          }, this.heartbeatInterval)).unref == "function" ? base.unref() : void 0 : clearInterval(this.heartbeat);
        }
        async __publish__(message2) {
          return await this.yieldLoop(), this.instance.Events.trigger("message", message2.toString());
        }
        async __disconnect__(flush) {
          return await this.yieldLoop(), clearInterval(this.heartbeat), this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve5, reject) {
            return setTimeout(resolve5, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          return await this.yieldLoop(), parser$2.overwrite(options, options, this.storeOptions), this._startHeartbeat(), this.instance._drainAll(this.computeCapacity()), !0;
        }
        async __running__() {
          return await this.yieldLoop(), this._running;
        }
        async __queued__() {
          return await this.yieldLoop(), this.instance.queued();
        }
        async __done__() {
          return await this.yieldLoop(), this._done;
        }
        async __groupCheck__(time) {
          return await this.yieldLoop(), this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          return { maxConcurrent, reservoir } = this.storeOptions, maxConcurrent != null && reservoir != null ? Math.min(maxConcurrent - this._running, reservoir) : maxConcurrent != null ? maxConcurrent - this._running : reservoir ?? null;
        }
        conditionsCheck(weight) {
          var capacity;
          return capacity = this.computeCapacity(), capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          return await this.yieldLoop(), reservoir = this.storeOptions.reservoir += incr, this.instance._drainAll(this.computeCapacity()), reservoir;
        }
        async __currentReservoir__() {
          return await this.yieldLoop(), this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          return await this.yieldLoop(), now = Date.now(), this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          return await this.yieldLoop(), now = Date.now(), this.conditionsCheck(weight) ? (this._running += weight, this.storeOptions.reservoir != null && (this.storeOptions.reservoir -= weight), wait = Math.max(this._nextRequest - now, 0), this._nextRequest = now + wait + this.storeOptions.minTime, {
            success: !0,
            wait,
            reservoir: this.storeOptions.reservoir
          }) : {
            success: !1
          };
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          if (await this.yieldLoop(), this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent)
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          return now = Date.now(), reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now), blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now)), blocked && (this._unblockTime = now + this.computePenalty(), this._nextRequest = this._unblockTime + this.storeOptions.minTime, this.instance._dropAllQueued()), {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          return await this.yieldLoop(), this._running -= weight, this._done += weight, this.instance._drainAll(this.computeCapacity()), {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore, BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1, States = class {
        constructor(status1) {
          this.status = status1, this._jobs = {}, this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current2, next;
          if (current2 = this._jobs[id], next = current2 + 1, current2 != null && next < this.status.length)
            return this.counts[current2]--, this.counts[next]++, this._jobs[id]++;
          if (current2 != null)
            return this.counts[current2]--, delete this._jobs[id];
        }
        start(id) {
          var initial;
          return initial = 0, this._jobs[id] = initial, this.counts[initial]++;
        }
        remove(id) {
          var current2;
          return current2 = this._jobs[id], current2 != null && (this.counts[current2]--, delete this._jobs[id]), current2 != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            if (pos = this.status.indexOf(status), pos < 0)
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            ref = this._jobs, results = [];
            for (k in ref)
              v = ref[k], v === pos && results.push(k);
            return results;
          } else
            return Object.keys(this._jobs);
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => (acc[this.status[i]] = v, acc)), {});
        }
      };
      var States_1 = States, DLList$2, Sync;
      DLList$2 = DLList_1, Sync = class {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this), this.name = name, this.Promise = Promise2, this._running = 0, this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve5, returned, task;
          if (this._running < 1 && this._queue.length > 0)
            return this._running++, { task, args, resolve: resolve5, reject } = this._queue.shift(), cb = await (async function() {
              try {
                return returned = await task(...args), function() {
                  return resolve5(returned);
                };
              } catch (error1) {
                return error = error1, function() {
                  return reject(error);
                };
              }
            })(), this._running--, this._tryToRun(), cb();
        }
        schedule(task, ...args) {
          var promise, reject, resolve5;
          return resolve5 = reject = null, promise = new this.Promise(function(_resolve, _reject) {
            return resolve5 = _resolve, reject = _reject;
          }), this._queue.push({ task, args, resolve: resolve5, reject }), this._tryToRun(), promise;
        }
      };
      var Sync_1 = Sync, version2 = "2.19.5", version$1 = {
        version: version2
      }, version$2 = /* @__PURE__ */ Object.freeze({
        version: version2,
        default: version$1
      }), require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser, Events$2 = Events_1, RedisConnection$1 = require$$2, IORedisConnection$1 = require$$3, Scripts$1 = require$$4, Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this), this.limiterOptions = limiterOptions, parser$3.load(this.limiterOptions, this.defaults, this), this.Events = new Events$2(this), this.instances = {}, this.Bottleneck = Bottleneck_1, this._startAutoCleanup(), this.sharedConnection = this.connection != null, this.connection == null && (this.limiterOptions.datastore === "redis" ? this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events })) : this.limiterOptions.datastore === "ioredis" && (this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }))));
          }
          key(key2 = "") {
            var ref;
            return (ref = this.instances[key2]) != null ? ref : (() => {
              var limiter;
              return limiter = this.instances[key2] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key2}`,
                timeout: this.timeout,
                connection: this.connection
              })), this.Events.trigger("created", limiter, key2), limiter;
            })();
          }
          async deleteKey(key2 = "") {
            var deleted, instance;
            return instance = this.instances[key2], this.connection && (deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key2}`)])), instance != null && (delete this.instances[key2], await instance.disconnect()), instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances, results = [];
            for (k in ref)
              v = ref[k], results.push({
                key: k,
                limiter: v
              });
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null)
              return this.Promise.resolve(this.keys());
            for (keys = [], cursor = null, start = `b_${this.id}-`.length, end = 9; cursor !== 0; )
              for ([next, found] = await this.connection.__runCommand__(["scan", cursor ?? 0, "match", `b_${this.id}-*_settings`, "count", 1e4]), cursor = ~~next, i = 0, len = found.length; i < len; i++)
                k = found[i], keys.push(k.slice(start, -end));
            return keys;
          }
          _startAutoCleanup() {
            var base;
            return clearInterval(this.interval), typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now(), ref = this.instances, results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  await v._store.__groupCheck__(time) ? results.push(this.deleteKey(k)) : results.push(void 0);
                } catch (error) {
                  e = error, results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref == "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            if (parser$3.overwrite(options, this.defaults, this), parser$3.overwrite(options, options, this.limiterOptions), options.timeout != null)
              return this._startAutoCleanup();
          }
          disconnect(flush = !0) {
            var ref;
            if (!this.sharedConnection)
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
          }
        }
        return Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        }, Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group, Batcher, Events$3, parser$4;
      parser$4 = parser, Events$3 = Events_1, Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options, parser$4.load(this.options, this.defaults, this), this.Events = new Events$3(this), this._arr = [], this._resetPromise(), this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => this._resolve = res);
          }
          _flush() {
            return clearTimeout(this._timeout), this._lastFlush = Date.now(), this._resolve(), this.Events.trigger("batch", this._arr), this._arr = [], this._resetPromise();
          }
          add(data) {
            var ret;
            return this._arr.push(data), ret = this._promise, this._arr.length === this.maxSize ? this._flush() : this.maxTime != null && this._arr.length === 1 && (this._timeout = setTimeout(() => this._flush(), this.maxTime)), ret;
          }
        }
        return Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        }, Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher, require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), require$$8 = getCjsExportFromNamespace(version$2), Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10, DEFAULT_PRIORITY$1 = 5, parser$5 = parser, Queues$1 = Queues_1, Job$1 = Job_1, LocalDatastore$1 = LocalDatastore_1, RedisDatastore$1 = require$$4$1, Events$4 = Events_1, States$1 = States_1, Sync$1 = Sync_1, Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this), this._validateOptions(options, invalid), parser$5.load(options, this.instanceDefaults, this), this._queues = new Queues$1(NUM_PRIORITIES$1), this._scheduled = {}, this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : [])), this._limiter = null, this.Events = new Events$4(this), this._submitLock = new Sync$1("submit", this.Promise), this._registerLock = new Sync$1("register", this.Promise), storeOptions = parser$5.load(options, this.storeDefaults, {}), this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null)
                return storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {}), new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              if (this.datastore === "local")
                return storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {}), new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
            }).call(this), this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null && typeof ref.ref == "function" ? ref.ref() : void 0;
            }), this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null && typeof ref.unref == "function" ? ref.unref() : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options == "object" && invalid.length === 0))
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message2) {
            return this._store.__publish__(message2);
          }
          disconnect(flush = !0) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            return this._limiter = _limiter, this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            return this._scheduled[index] != null ? (clearTimeout(this._scheduled[index].expiration), delete this._scheduled[index], !0) : !1;
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              if ({ running } = await this._store.__free__(index, options.weight), this.Events.trigger("debug", `Freed ${options.id}`, eventInfo), running === 0 && this.empty())
                return this.Events.trigger("idle");
            } catch (error1) {
              return e = error1, this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            return job.doRun(), clearGlobalState = this._clearGlobalState.bind(this, index), run = this._run.bind(this, index, job), free = this._free.bind(this, index, job), this._scheduled[index] = {
              timeout: setTimeout(() => job.doExecute(this._limiter, clearGlobalState, run, free), wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              return this.queued() === 0 ? this.Promise.resolve(null) : (queue = this._queues.getFirst(), { options, args } = next = queue.first(), capacity != null && options.weight > capacity ? this.Promise.resolve(null) : (this.Events.trigger("debug", `Draining ${options.id}`, { args, options }), index = this._randomIndex(), this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                return this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options }), success ? (queue.shift(), empty = this.empty(), empty && this.Events.trigger("empty"), reservoir === 0 && this.Events.trigger("depleted", empty), this._run(index, next, wait), this.Promise.resolve(options.weight)) : this.Promise.resolve(null);
              })));
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              return drained != null ? (newCapacity = capacity != null ? capacity - drained : capacity, this._drainAll(newCapacity, total + drained)) : this.Promise.resolve(total);
            }).catch((e) => this.Events.trigger("error", e));
          }
          _dropAllQueued(message2) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message: message2 });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            return options = parser$5.load(options, this.stopDefaults), waitForExecuting = (at2) => {
              var finished;
              return finished = () => {
                var counts;
                return counts = this._states.counts, counts[0] + counts[1] + counts[2] + counts[3] === at2;
              }, new this.Promise((resolve5, reject) => finished() ? resolve5() : this.on("done", () => {
                if (finished())
                  return this.removeAllListeners("done"), resolve5();
              }));
            }, done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => this.Promise.resolve(null), this._registerLock.schedule(() => this._submitLock.schedule(() => {
              var k, ref, v;
              ref = this._scheduled;
              for (k in ref)
                v = ref[k], this.jobStatus(v.job.options.id) === "RUNNING" && (clearTimeout(v.timeout), clearTimeout(v.expiration), v.job.doDrop({
                  message: options.dropErrorMessage
                }));
              return this._dropAllQueued(options.dropErrorMessage), waitForExecuting(0);
            }))) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => waitForExecuting(1)), this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            }, this.stop = () => this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called")), done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              return error = error1, this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error }), job.doDrop({ error }), !1;
            }
            return blocked ? (job.doDrop(), !0) : reachedHWM && (shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0, shifted?.doDrop(), shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) ? (shifted == null && job.doDrop(), reachedHWM) : (job.doQueue(reachedHWM, blocked), this._queues.push(job), await this._drainAll(), reachedHWM);
          }
          _receive(job) {
            return this._states.jobStatus(job.options.id) != null ? (job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`)), !1) : (job.doReceive(), this._submitLock.schedule(this._addToQueue, job));
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            return typeof args[0] == "function" ? (ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1), options = parser$5.load({}, this.jobDefaults)) : (ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1), options = parser$5.load(options, this.jobDefaults)), task = (...args2) => new this.Promise(function(resolve5, reject) {
              return fn(...args2, function(...args3) {
                return (args3[0] != null ? reject : resolve5)(args3);
              });
            }), job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise), job.promise.then(function(args2) {
              return typeof cb == "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              return Array.isArray(args2) ? typeof cb == "function" ? cb(...args2) : void 0 : typeof cb == "function" ? cb(args2) : void 0;
            }), this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            return typeof args[0] == "function" ? ([task, ...args] = args, options = {}) : [options, task, ...args] = args, job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise), this._receive(job), job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            return schedule = this.schedule.bind(this), wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            }, wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            }, wrapped;
          }
          async updateSettings(options = {}) {
            return await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults)), parser$5.overwrite(options, this.instanceDefaults, this), this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        return Bottleneck4.default = Bottleneck4, Bottleneck4.Events = Events$4, Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version, Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        }, Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1, Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1, Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2, Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3, Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1, Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        }, Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        }, Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        }, Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: !1,
          connection: null
        }, Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: !0,
          trackDoneStatus: !1,
          Promise
        }, Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: !0,
          dropErrorMessage: "This limiter has been stopped."
        }, Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3, lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/yaml/dist/util.js
var require_util = __commonJS({
  "node_modules/yaml/dist/util.js"(exports) {
    "use strict";
    var createNode = require_createNode(), log = require_log(), Pair = require_Pair(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), map = require_map(), seq = require_seq(), string = require_string(), foldFlowLines = require_foldFlowLines(), stringifyNumber = require_stringifyNumber(), stringifyString2 = require_stringifyString();
    exports.createNode = createNode.createNode;
    exports.debug = log.debug;
    exports.warn = log.warn;
    exports.createPair = Pair.createPair;
    exports.toJS = toJS.toJS;
    exports.findPair = YAMLMap.findPair;
    exports.mapTag = map.map;
    exports.seqTag = seq.seq;
    exports.stringTag = string.string;
    exports.foldFlowLines = foldFlowLines.foldFlowLines;
    exports.stringifyNumber = stringifyNumber.stringifyNumber;
    exports.stringifyString = stringifyString2.stringifyString;
  }
});

// src/cli.ts
import { readFileSync } from "node:fs";

// src/commands/render.ts
import { existsSync } from "node:fs";
import { join as join3, resolve as resolve2 } from "node:path";

// src/discover/credited-sources.ts
function creditedSources(sources) {
  let paths = [];
  for (let { languages, workbook } of sources.sections)
    for (let { language, articles } of languages) {
      for (let article of articles) paths.push(article.path);
      language === "en" && workbook && paths.push(workbook.path);
    }
  return [...new Set(paths)];
}

// src/shared/deferred-logger.ts
function deferredLogger(target) {
  let queue = [], later = (line) => queue ? queue.push(line) : line();
  return {
    debug: (m) => later(() => target.debug(m)),
    info: (m) => later(() => target.info(m)),
    notice: (m) => later(() => target.notice(m)),
    warning: (m, where) => later(() => target.warning(m, where)),
    error: (m, where) => later(() => target.error(m, where)),
    // Background work opens no groups of its own; once open, groups nest as usual.
    group: (name, fn) => queue ? fn() : target.group(name, fn),
    open() {
      let waiting = queue ?? [];
      queue = null;
      for (let line of waiting) line();
    }
  };
}

// src/shared/user-error.ts
var inputName = (option, value) => value === void 0 ? option : `${option}: ${value}`;
function worded(words2, name) {
  return typeof words2 == "string" ? words2 : words2(name);
}
var UserError = class extends Error {
  // A private field, so that errors compare (and print) by their message as before.
  #words;
  constructor(message2) {
    super(worded(message2, inputName)), this.name = "UserError", this.#words = message2;
  }
  /** The message with each option named as the entry point names it. */
  worded(name) {
    return worded(this.#words, name);
  }
}, OptionError = class extends UserError {
  constructor(option, problem) {
    super((name) => `${name(option)}: ${worded(problem, name)}`);
    this.option = option;
    this.name = "OptionError", this.problem = worded(problem, inputName), this.#problem = problem;
  }
  option;
  /** What is wrong, without the option's name, in the engine's words: "github needs a token". */
  problem;
  #problem;
  /** The problem with each option it names worded by the entry point. */
  problemIn(name) {
    return worded(this.#problem, name);
  }
};

// src/config/echo.ts
function quoteValue(value) {
  let text2 = JSON.stringify(value) ?? String(value);
  return cut(text2);
}
function cut(text2) {
  let flat = text2.replace(/[\r\n\u2028\u2029]+/g, " ");
  return flat.length > 80 ? `${flat.slice(0, 79)}\u2026 (${flat.length} characters)` : flat;
}
var ECHO_SOURCE = {
  value: quoteValue,
  parserMessage: (message2) => cut(message2.split(`
`)[0])
}, ECHO_NOTHING = {
  value: () => "(not shown: the file is outside the source folder)",
  parserMessage: (message2) => {
    let at2 = /line \d+,? col(?:umn)? \d+|position \d+(?: \(line \d+ column \d+\))?/i.exec(message2)?.[0];
    return `${at2 ? `at ${at2}` : "somewhere"} (content not shown: the file is outside the source folder)`;
  }
};

// src/config/fields.ts
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function describe(value, echo = ECHO_SOURCE) {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value == "object" ? "a mapping" : `${typeof value} ${echo.value(value)}`;
}
function fieldError(file, field, problem) {
  return new UserError(`${file}: ${field} ${problem}`);
}
function requireString(record, key2, file, at2, echo = ECHO_SOURCE) {
  let value = record[key2];
  if (value === void 0) throw fieldError(file, `${at2}.${key2}`, "is missing");
  if (typeof value != "string") throw fieldError(file, `${at2}.${key2}`, `must be a string, got ${describe(value, echo)}`);
  return value;
}
function requireBoolean(record, key2, file, at2, echo = ECHO_SOURCE) {
  let value = record[key2];
  if (value === void 0) throw fieldError(file, `${at2}.${key2}`, "is missing");
  if (typeof value != "boolean") throw fieldError(file, `${at2}.${key2}`, `must be true or false, got ${describe(value, echo)}`);
  return value;
}

// src/shared/size-limit.ts
function oversize(size, limit, what) {
  return size <= limit ? null : `${size.toLocaleString("en-US")} bytes, more than the ${limit.toLocaleString("en-US")} bytes (${limit / 1024} KiB) a ${what} may have`;
}

// src/shared/tree-path.ts
import { posix } from "node:path";
function normalizeTreePath(path3) {
  let slashed = path3.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) return null;
  let normal = posix.normalize(slashed === "" ? "." : slashed);
  return normal === ".." || normal.startsWith("../") ? null : normal === "." ? "" : normal.replace(/\/$/, "");
}
function joinTreePath(...parts) {
  return parts.filter((part) => part !== "").join("/");
}

// src/shared/contributor-kind.ts
var CONTRIBUTOR_KINDS = ["none", "git", "github", "keep"];

// src/github/api-url.ts
var DEFAULT_API_URL = "https://api.github.com";
function webUrlFor(apiUrl) {
  let url = apiUrl.replace(/\/+$/, "");
  return url === DEFAULT_API_URL ? "https://github.com" : url.replace(/\/api\/v3$/, "");
}

// src/shared/language-selection.ts
var LANGUAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function parseLanguageSelection(value, option = "languages") {
  let trimmed = value.trim();
  if (trimmed === "" || trimmed.toLowerCase() === "all") return "all";
  let list2 = trimmed.split(",").map((item) => item.trim()).filter((item) => item !== "");
  for (let language of list2)
    if (!LANGUAGE_NAME.test(language))
      throw new OptionError(option, `"${language}" is not a language name (use all, en, or a list such as de,es)`);
  if (list2.length === 0) throw new OptionError(option, `"${value}" names no language (use all, en, or a list such as de,es)`);
  return [...new Set(list2)];
}
function isLanguageSelected(selection, language) {
  return selection === "all" || selection.includes(language);
}
var languageSelection = { placeholder: "all|en|de,es", parse: parseLanguageSelection };

// src/github/repository-name.ts
var REPOSITORY_NAME = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
function parseRepositoryName(value, option) {
  let match = REPOSITORY_NAME.exec(value.trim());
  if (!match) throw new OptionError(option, `must be OWNER/NAME, got '${value.trim()}'`);
  return { owner: match[1], name: match[2] };
}
function formatRepositoryName({ owner, name }) {
  return `${owner}/${name}`;
}

// src/shared/option-values.ts
var AUTO_MERGE_METHODS = ["merge", "squash", "rebase"], UNCONFIGURED_LANGUAGE_MODES = ["skip", "write"];
function orList(values) {
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
function text(placeholder) {
  return { placeholder, parse: (value) => value.trim() };
}
function optionalText(placeholder) {
  return { placeholder, parse: (value) => value.trim() || void 0 };
}
var multilineText = {
  placeholder: "TEXT",
  parse: (value) => value.replace(/^\s*\n|\s+$/g, "") || void 0
}, yesNo = {
  placeholder: "true|false",
  yesNo: !0,
  parse(value, option) {
    let word = value.trim().toLowerCase();
    if (word === "true") return !0;
    if (word === "false") return !1;
    throw new OptionError(option, `must be true or false, got '${value.trim()}'`);
  }
};
function oneOf(values) {
  return {
    placeholder: values.join("|"),
    parse(value, option) {
      let word = value.trim();
      if (values.includes(word)) return word;
      throw new OptionError(option, `must be ${orList(values)}, got '${word}'`);
    }
  };
}
function splitList(value) {
  return (value ?? "").split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== "");
}
var list = { placeholder: "a,b", parse: splitList };
function checkedRepository(value, option) {
  return formatRepositoryName(parseRepositoryName(value, option));
}
var repository = { placeholder: "OWNER/NAME", parse: checkedRepository }, optionalRepository = {
  placeholder: "OWNER/NAME",
  parse: (value, option) => value.trim() === "" ? void 0 : checkedRepository(value, option)
}, milestone = {
  placeholder: "NUMBER",
  parse(value, option) {
    let number = value.trim();
    if (number !== "") {
      if (!/^[1-9]\d{0,9}$/.test(number))
        throw new OptionError(option, `must be a milestone number (the number in its URL, .../milestone/3), got '${value}'`);
      return Number(number);
    }
  }
}, draft = {
  placeholder: "true|false|always-true",
  parse(value, option) {
    let word = value.trim().toLowerCase();
    if (word === "" || word === "false") return !1;
    if (word === "true") return !0;
    if (word === "always-true") return "always-true";
    throw new OptionError(option, `must be true, false or always-true, got '${value}'`);
  }
}, autoMerge = {
  placeholder: AUTO_MERGE_METHODS.join("|"),
  parse(value, option) {
    let word = value.trim().toLowerCase();
    if (!(word === "" || word === "false")) {
      if (AUTO_MERGE_METHODS.includes(word)) return word;
      throw new OptionError(option, `must be ${AUTO_MERGE_METHODS.join(", ")} or empty, got '${value}'`);
    }
  }
}, MAX_SECONDS = 3600, seconds = {
  placeholder: "SECONDS",
  parse(value, option) {
    let text2 = value.trim(), number = /^\d+(?:\.\d+)?$/.test(text2) ? Number(text2) : NaN;
    if (!(number > 0 && number <= MAX_SECONDS))
      throw new OptionError(option, `must be a number of seconds above 0 and at most ${MAX_SECONDS}, got '${value.trim()}'`);
    return Math.max(1, Math.round(number * 1e3));
  }
}, bytes = {
  placeholder: "BYTES",
  parse(value, option) {
    let text2 = value.trim();
    if (!/^[1-9]\d{0,9}$/.test(text2)) throw new OptionError(option, `must be a whole number of bytes above 0, got '${value.trim()}'`);
    return Number(text2);
  }
};

// src/shared/option-table.ts
var BOTH = ["render", "sync"], OPTION_TABLE = [
  {
    name: "token",
    group: "github",
    key: "token",
    value: text("TOKEN"),
    default: "",
    summary: "Token that can write contents and pull requests on the website repository.",
    description: "Token that can write contents and pull requests on the target repository (a GitHub App installation token or a fine-grained token; the workflow's GITHUB_TOKEN only reaches the workflow's own repository). Also used to read the source repository's commit history.",
    action: { default: "${{ github.token }}", why: "the workflow's own token unless the step gives another" },
    cli: {
      commands: BOTH,
      env: "GITHUB_TOKEN",
      why: "a token on a command line is visible to other users of the machine (ps) and stays in the shell history"
    }
  },
  {
    name: "api-url",
    group: "github",
    key: "apiUrl",
    value: text("URL"),
    default: DEFAULT_API_URL,
    description: "GitHub's REST and GraphQL root (GitHub Enterprise Server: https://HOST/api/v3).",
    action: { env: "GITHUB_API_URL", why: "the runner sets it for the GitHub the workflow runs on" },
    cli: { commands: BOTH, env: "GITHUB_API_URL", why: "as in a workflow, where the runner sets it" }
  },
  {
    name: "source-path",
    group: "source",
    key: "dir",
    value: text("DIR"),
    default: ".",
    description: "Folder of the Learning Path checkout (the AsciiDoc sources).",
    cli: { commands: BOTH, aliases: ["source"] }
  },
  {
    name: "source-repository",
    group: "source",
    key: "repository",
    value: repository,
    default: "InnerSourceCommons/InnerSourceLearningPath",
    summary: "OWNER/NAME of the Learning Path repository; empty: the workflow's repository.",
    description: "OWNER/NAME of the Learning Path repository, whose commit history credits the contributors.",
    action: {
      default: "",
      defaultNote: "Defaults to the workflow's repository.",
      why: "a workflow runs in the Learning Path's repository (or a fork of it): its own name is the right one"
    },
    cli: { commands: BOTH }
  },
  {
    name: "source-ref",
    group: "source",
    key: "ref",
    value: text("REF"),
    default: "main",
    description: "Branch of the source repository whose history credits contributors.",
    cli: { commands: BOTH }
  },
  {
    name: "source-commit",
    group: "source",
    key: "commit",
    value: optionalText("SHA"),
    default: "",
    description: "Source commit the pull request names (its link, and the trailer of the sync commit). Default: HEAD of source-path when that folder is the root of a git checkout.",
    action: {
      notAnInput: !0,
      why: "the action takes the commit from the event that started the workflow, or for sources of another repository the HEAD of source-path"
    }
  },
  {
    name: "sections-file",
    group: "source",
    key: "sectionsFile",
    value: text("FILE"),
    default: "scripts/section_data.json",
    description: "Section list, relative to source-path.",
    cli: { commands: BOTH }
  },
  {
    name: "urls-file",
    group: "source",
    key: "urlsFile",
    value: text("FILE"),
    default: "config/urls.yaml",
    description: "Video URLs, relative to source-path.",
    cli: { commands: BOTH }
  },
  {
    name: "languages",
    group: "source",
    key: "languages",
    value: languageSelection,
    default: "all",
    summary: "Languages to render: `all`, `en`, or a list such as `de,es`.",
    description: "Which languages to render: `all`, `en`, or a comma-separated list such as `de,es`. The pull request is rebuilt on every run, so a run limited to some languages carries only their changes; pages of other languages are neither updated nor deleted.",
    cli: { commands: BOTH }
  },
  {
    name: "contributors",
    group: "credit",
    key: "provider",
    value: oneOf(CONTRIBUTOR_KINDS),
    default: "github",
    summary: "Where contributor lists come from: `github` (the site's rule), `git`, `none` or `keep`.",
    description: "Where contributor lists come from. `github` (GraphQL commit history, the site's rule), `git` (the checkout's git log, no reviewers), `none` (empty lists), or `keep` (every page keeps the list the site has now and a new page gets an empty one: a preview of text changes without a token).",
    cli: {
      commands: BOTH,
      default: { value: "none", commands: ["render"] },
      why: "`render` is the offline preview: by default it needs no token and no network"
    }
  },
  {
    name: "contributors-file",
    group: "credit",
    key: "file",
    value: text("FILE"),
    default: ".github/learning-path-contributors.yml",
    summary: "Aliases, exclusions and added credits for contributors, relative to source-path.",
    description: "Contributors file in the sources (relative to source-path): `aliases` (several identities shown as one person), `exclude` (never credited), `add` (credit for work that leaves no commit, on pages named by path or glob). Optional at the default path; the summary says which rule changed which pages. Applies to every `contributors` provider.",
    cli: { commands: BOTH }
  },
  {
    name: "fail-on-contributor-error",
    group: "policy",
    key: "failOnContributorError",
    value: yesNo,
    default: "false",
    summary: "Fail when some history cannot be read, instead of keeping the site's lists.",
    description: "Fail the run when some pages' commit history cannot be read, instead of keeping the lists those pages have on the site today."
  },
  {
    name: "fail-on-content-error",
    group: "policy",
    key: "failOnContentError",
    value: yesNo,
    default: "true",
    summary: "Fail the step (after publishing the rest) when a source file cannot become its pages.",
    description: "Fail the step (after publishing every other page) when a source file cannot become its pages: two articles with one number, a missing workbook, broken index front matter, a video link that is not YouTube, an unreadable file. Its pages are left as the site has them either way; false reports them as errors but lets the step pass.",
    cli: { commands: BOTH }
  },
  {
    name: "strict-titles",
    group: "source",
    key: "strictTitles",
    value: yesNo,
    default: "false",
    summary: "Take titles from the first `== ` heading only, fixing titles taken from deeper ones.",
    description: "Take titles from the first level-2 heading only (`== `), fixing pages whose title today comes from a deeper heading. Off keeps the site's current titles.",
    cli: { commands: BOTH }
  },
  {
    name: "render-timeout",
    group: "source",
    key: "renderTimeoutMs",
    value: seconds,
    default: "10",
    summary: "Seconds a source file may take to render; a slower one fails its own pages.",
    description: "Seconds each source file may take to render (decimals allowed, at most 3600). A file still rendering then is stopped: it fails its own pages, which are left as the site has them, and every other page is published (Asciidoctor takes hours on some shapes of text, such as a paragraph of 300,000 spaces).",
    cli: { commands: BOTH }
  },
  {
    name: "max-source-bytes",
    group: "source",
    key: "maxSourceBytes",
    value: bytes,
    default: "2000000",
    summary: "Largest source file rendered, in bytes; a larger one fails its own pages.",
    description: "Largest source file rendered, in bytes. A larger file is not rendered: it fails its own pages, which are left as the site has them, and every other page is published. The default is about 70 times the largest file of the Learning Path today.",
    cli: { commands: BOTH }
  },
  {
    name: "site-languages-file",
    group: "health",
    key: "siteLanguagesFile",
    value: optionalText("PATH"),
    default: "",
    summary: "The website's Hugo language configuration, when not in one of the usual places.",
    description: "The website's Hugo language configuration, when it is not in one of the usual places (`config/_default/languages.*`, or the `languages` key of `config/_default/hugo.*`, `config.*`, `hugo.*`, `config.*` at the root): a path in the website repository, read at the base commit."
  },
  {
    name: "unconfigured-languages",
    group: "health",
    key: "unconfiguredLanguages",
    value: oneOf(UNCONFIGURED_LANGUAGE_MODES),
    default: "skip",
    summary: "Pages in a language the site's Hugo configuration lacks: `skip` or `write`.",
    description: 'Pages in a language the site\'s Hugo configuration lacks: `skip` leaves them out (one warning per source folder; Hugo would show `01.ko.md` as an English page called "01.ko"), `write` writes them anyway. Without a language configuration every page is written.'
  },
  {
    name: "rewrite-section-links",
    group: "health",
    key: "rewriteSectionLinks",
    value: yesNo,
    default: "false",
    summary: "Point translations' links to English section pages at the translated ones.",
    description: "Point links from translated pages to an English section landing page (`/learn/learning-path/<section>`) at the translated landing page when it exists. Off, they are only reported, so the first pull request on the site stays empty.",
    cli: { commands: BOTH }
  },
  {
    name: "target-repository",
    group: "target",
    key: "repository",
    value: optionalRepository,
    default: "InnerSourceCommons/innersourcecommons.org",
    description: "OWNER/NAME of the website repository that receives the pull request.",
    cli: {
      aliases: ["target"],
      default: { value: "" },
      why: "a command names where it writes (this or --out): a forgotten flag must not open a pull request on the real site"
    }
  },
  {
    name: "out",
    group: "target",
    key: "siteDir",
    value: optionalText("DIR"),
    default: "",
    description: "A pages folder on disk instead of a pull request (for example SITE/content/en/learn/learning-path): `render` writes the pages into it, `sync` brings it up to date as it would the pull request. Files without the autogenerated marker are never overwritten.",
    action: { notAnInput: !0, why: "the action publishes to a repository: a folder on the runner is nobody's site" },
    cli: { commands: BOTH }
  },
  {
    name: "force",
    group: "policy",
    key: "force",
    value: yesNo,
    default: "false",
    description: "Write into the --out folder even though it holds other files and no generated page (as a website's root does, rather than its pages folder).",
    action: {
      notAnInput: !0,
      why: "the action writes to a repository, where target-path names the folder and create-target-path guards a new one"
    },
    cli: { commands: BOTH }
  },
  {
    name: "target-path",
    group: "target",
    key: "path",
    value: text("PATH"),
    default: "content/en/learn/learning-path",
    description: "Folder of the Learning Path pages in the website repository."
  },
  {
    name: "create-target-path",
    group: "policy",
    key: "createTargetPath",
    value: yesNo,
    default: "false",
    summary: "Create `target-path` when the base branch lacks it (a new site); off: refused.",
    description: "Create `target-path` when the base branch does not have it. Off, a missing folder is refused before any write, so a typo cannot open a pull request that adds every page in a new folder."
  },
  {
    name: "base",
    group: "target",
    key: "base",
    value: optionalText("BRANCH"),
    default: "",
    description: "Branch the pull request targets. Defaults to the website repository's default branch."
  },
  {
    name: "branch",
    group: "pullRequest",
    key: "branch",
    value: text("BRANCH"),
    default: "learning-path-sync",
    summary: "Branch that carries the sync commit, rebuilt on the base at every sync; never the base.",
    description: "Branch that carries the sync commit, rebuilt on the current base on every sync (replaced from the head the run checked, never from another) as long as it holds only the sync's own commits; never the base branch."
  },
  {
    name: "force-branch",
    group: "policy",
    key: "forceBranch",
    value: yesNo,
    default: "false",
    summary: "Replace the sync branch even when it holds commits the sync did not make.",
    description: "Replace the sync branch even when it holds commits the sync did not make (for example a fix pushed to the sync pull request, which is then lost). Off: such a run fails, naming the commit, its author and the pull request."
  },
  {
    name: "title",
    group: "pullRequest",
    key: "title",
    value: text("TEXT"),
    default: "Update Learning Path pages (autogenerated)",
    description: "Pull request title."
  },
  {
    name: "labels",
    group: "pullRequest",
    key: "labels",
    value: list,
    default: "",
    description: "Comma- or newline-separated labels to add to the pull request."
  },
  {
    name: "reviewers",
    group: "pullRequest",
    key: "reviewers",
    value: list,
    default: "",
    summary: "Comma- or newline-separated users asked to review when the pull request is opened.",
    description: "Comma- or newline-separated users to request as reviewers when the pull request is created."
  },
  {
    name: "assignees",
    group: "pullRequest",
    key: "assignees",
    value: list,
    default: "",
    summary: "Comma- or newline-separated users assigned when the pull request is opened.",
    description: "Comma- or newline-separated users to assign when the pull request is created (GitHub skips users without access; a warning names them)."
  },
  {
    name: "milestone",
    group: "pullRequest",
    key: "milestone",
    value: milestone,
    default: "",
    description: "Number of the milestone to set when the pull request is created (the number in its URL)."
  },
  {
    name: "draft",
    group: "pullRequest",
    key: "draft",
    value: draft,
    default: "false",
    summary: "Open the pull request as a draft: `true`, `false`, or `always-true` (again at each push).",
    description: "Open the pull request as a draft: `true`, `false`, or `always-true` (also made a draft again whenever the sync pushes new content to it).",
    cli: { bare: "true" }
  },
  {
    name: "auto-merge",
    group: "pullRequest",
    key: "autoMerge",
    value: autoMerge,
    default: "",
    summary: "Merge with `merge`, `squash` or `rebase` as soon as GitHub allows; empty: left alone.",
    description: "Merge the pull request with this method, `merge`, `squash` or `rebase`, as soon as GitHub allows, when it is created or a later run finds auto-merge off: at once (naming the head commit) when nothing is pending, as on a branch without required checks; else auto-merge is turned on, to merge once the required checks and reviews are there. A merge or auto-merge GitHub refuses leaves the pull request open with one warning, and the run succeeds (output `merge-outcome`). Empty: left alone."
  },
  {
    name: "delete-branch",
    group: "pullRequest",
    key: "deleteBranch",
    value: yesNo,
    default: "false",
    summary: "Delete the sync branch when its pull request is closed as caught up, or merged by the run.",
    description: "Delete the sync branch when its pull request is closed because the site already has every change, or when the run merged it (`auto-merge`)."
  },
  {
    name: "commit-message",
    group: "pullRequest",
    key: "commitMessage",
    value: multilineText,
    default: "",
    summary: "Message of the sync commit (a trailer naming the source is added); empty: built in.",
    description: "Message of the sync commit. The `Learning-Path-Sync:` trailer naming the source commit is always added (the next sync reads it). Empty: a message naming the source commit and the counts."
  },
  {
    name: "body-template",
    group: "pullRequest",
    key: "bodyTemplate",
    value: multilineText,
    default: "",
    summary: "Pull request body with placeholders such as `{{change-table}}`; empty: built in.",
    description: "Pull request body with placeholders: `{{change-table}}`, `{{warnings}}`, `{{health-report}}`, `{{source-link}}`, `{{source-ref}}`, `{{source-changes}}`, `{{contributor-credits}}`, `{{counts}}`, `{{target-path}}`. Kept under 65,536 characters by collapsing the largest tables and lists first. Empty: the built-in body."
  },
  {
    name: "dashboard-issue",
    group: "dashboard",
    key: "title",
    value: optionalText("TITLE"),
    default: "",
    summary: "Title of an issue in the source repository that tracks translations; empty: none.",
    description: "Title of the translation dashboard: one issue in the source repository (the Learning Path) that lists the coverage per section and language, the stale translations with the English commits they lack, and the missing ones; found again by a hidden marker, edited only when its text changes, reopened when closed by hand (unless it has the `dashboard-stop-label`). Empty: no dashboard. See docs/dashboard.md."
  },
  {
    name: "dashboard-stop-label",
    group: "dashboard",
    key: "stopLabel",
    value: text("LABEL"),
    default: "no-dashboard",
    summary: "Label that keeps a dashboard issue closed by hand closed.",
    description: "A dashboard issue closed by hand stays closed when it carries this label; without it the next run reopens it."
  },
  {
    name: "dashboard-token",
    group: "dashboard",
    key: "token",
    value: text("TOKEN"),
    default: "",
    summary: "Token that can write issues in the source repository, for the dashboard only.",
    description: "Token that can read and write issues in the source repository (`permissions: issues: write` for the workflow's own token). The `token` input, which reaches the website, is not used for the dashboard. Without `issues: write` the sync warns once and succeeds.",
    action: { default: "${{ github.token }}", why: "the workflow's own token reaches the workflow's repository, the Learning Path" },
    cli: {
      env: "DASHBOARD_TOKEN",
      why: "a token on a command line is visible to other users of the machine (ps) and stays in the shell history"
    }
  },
  {
    name: "dashboard-mentions",
    group: "dashboard",
    key: "mentions",
    value: yesNo,
    default: "false",
    summary: "@-mention the people who last changed a stale translation (notifies them).",
    description: "Name the people who last changed a stale translation as @-mentions of their GitHub logins (a mention notifies them). Off: their names, as inert text.",
    cli: { commands: BOTH }
  },
  {
    name: "dashboard-out",
    group: "dashboard",
    key: "out",
    value: optionalText("FILE"),
    default: "",
    description: "Write the dashboard issue's body (Markdown) to this file.",
    action: { notAnInput: !0, why: "the action keeps the issue itself; a file on the runner is for a local look" },
    cli: { commands: ["render"] }
  },
  {
    name: "dry-run",
    group: "policy",
    key: "dryRun",
    value: yesNo,
    default: "false",
    description: "Render, plan and print the diff without writing anything to GitHub."
  }
];
function parseOptions(table, textOf, defaultOf = (entry) => entry.default) {
  let groups2 = {};
  for (let entry of table) {
    let given = textOf(entry), text2 = given === void 0 || given.trim() === "" ? defaultOf(entry) : given;
    (groups2[entry.group] ??= {})[entry.key] = entry.value.parse(text2, entry.name);
  }
  return groups2;
}
var DEFAULT_OPTIONS = parseOptions(OPTION_TABLE, () => {
});
function isActionInput(entry) {
  return !entry.action?.env && !entry.action?.notAnInput;
}

// src/shared/yaml-text.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(text2) {
  let lines = new import_yaml.LineCounter(), doc = import_yaml.default.parseDocument(text2, { uniqueKeys: !1, lineCounter: lines });
  if (doc.errors.length > 0) throw doc.errors[0];
  let duplicate = null;
  if ((0, import_yaml.visit)(doc, {
    Map(_, map) {
      if (!(0, import_yaml.isMap)(map)) return;
      let seen = /* @__PURE__ */ new Set();
      for (let pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key)) continue;
        let key2 = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (!seen.has(key2)) {
          seen.add(key2);
          continue;
        }
        let at2 = lines.linePos(pair.key.range?.[0] ?? 0);
        return duplicate = `Map keys must be unique: "${String(pair.key.value)}" at line ${at2.line}, column ${at2.col}`, import_yaml.visit.BREAK;
      }
    }
  }), duplicate) throw new Error(duplicate);
  return doc.toJS();
}

// src/credit/page-glob.ts
function pageGlobProblem(pattern) {
  return pattern.length > 512 ? `is ${pattern.length} characters long, more than 512` : /[[\]{}!]/.test(pattern) ? `may only use * , ** and ? as wildcards, got "${pattern}"` : pattern.includes("***") ? `has three or more * in a row: use * (inside one folder) or ** (across folders), got "${pattern.slice(0, 80)}"` : null;
}
function pageGlob(pattern) {
  let steps = stepsOf(pattern);
  return { test: (path3) => matches(steps, path3) };
}
function stepsOf(pattern) {
  let steps = [];
  for (let i = 0; i < pattern.length; i++) {
    let ch = pattern[i], step;
    ch === "*" && pattern[i + 1] === "*" ? (step = { kind: "any" }, i++) : ch === "*" ? step = { kind: "any-in-folder" } : ch === "?" ? step = { kind: "one" } : step = { kind: "char", char: ch };
    let last = steps[steps.length - 1];
    last && (last.kind === "any" || last.kind === "any-in-folder") && (step.kind === "any" || step.kind === "any-in-folder") ? step.kind === "any" && (steps[steps.length - 1] = step) : steps.push(step);
  }
  return steps;
}
function matches(steps, path3) {
  let active = new Uint8Array(steps.length + 1);
  active[0] = 1, widen(steps, active);
  for (let i = 0; i < path3.length; i++) {
    let ch = path3[i], next = new Uint8Array(steps.length + 1), any = !1;
    for (let at2 = 0; at2 < steps.length; at2++) {
      if (!active[at2]) continue;
      let step = steps[at2];
      if (step.kind === "any" || step.kind === "any-in-folder" && ch !== "/") next[at2] = 1;
      else if (step.kind === "one" && ch !== "/" || step.kind === "char" && step.char === ch) next[at2 + 1] = 1;
      else continue;
      any = !0;
    }
    if (!any) return !1;
    widen(steps, next), active = next;
  }
  return active[steps.length] === 1;
}
function widen(steps, active) {
  for (let at2 = 0; at2 < steps.length; at2++) active[at2] && steps[at2].kind !== "char" && steps[at2].kind !== "one" && (active[at2 + 1] = 1);
}

// src/credit/contributors-file.ts
var DEFAULT_CONTRIBUTORS_FILE = DEFAULT_OPTIONS.credit.file, TOP_KEYS = ["aliases", "exclude", "add"];
function parseContributorsFile(text2, file) {
  let data;
  try {
    data = parseYaml(text2);
  } catch (error) {
    let at2 = error.linePos?.[0], message2 = error.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`${file}${at2 ? `:${at2.line}:${at2.col}` : ""}: invalid YAML: ${message2}`);
  }
  let result = { file, aliases: [], exclude: [], add: [] };
  if (data == null) return result;
  if (!isRecord(data)) throw new UserError(`${file}: must be a mapping with the keys ${TOP_KEYS.join(", ")}, got ${describe(data)}`);
  return refuseUnknownKeys(data, TOP_KEYS, file, ""), result.aliases = listOf(data, "aliases", file, (entry, at2) => {
    let record = mappingOf(entry, file, at2, ["name", "url", "match"]);
    return { name: nameOf(record, file, at2), url: urlOf(record, file, at2), match: stringsOf(record.match, file, `${at2}.match`) };
  }), result.exclude = data.exclude === void 0 || data.exclude === null ? [] : stringsOf(data.exclude, file, "exclude", !0), result.add = listOf(data, "add", file, (entry, at2) => {
    let record = mappingOf(entry, file, at2, ["name", "url", "pages"]), pages = stringsOf(record.pages, file, `${at2}.pages`);
    return pages.forEach((pattern, i) => checkPagePattern(pattern, file, `${at2}.pages[${i}]`)), { name: nameOf(record, file, at2), url: urlOf(record, file, at2), pages };
  }), refuseOverlaps(result), result;
}
async function loadContributorsFile(tree, file) {
  let path3 = file === void 0 || file.trim() === "" ? DEFAULT_CONTRIBUTORS_FILE : file.trim();
  if (normalizeTreePath(path3) === null)
    throw new OptionError(
      "contributors-file",
      `${path3} is outside the source folder: give a path relative to it, such as ${DEFAULT_CONTRIBUTORS_FILE}`
    );
  if (!await tree.exists(path3)) {
    if (path3 === DEFAULT_CONTRIBUTORS_FILE) return null;
    throw new OptionError("contributors-file", `${path3} not found in ${tree.description}`);
  }
  let bytes2 = await tree.readBytes(path3), tooLarge = oversize(bytes2.length, 131072, "contributors file");
  if (tooLarge) throw new UserError(`${path3}: ${tooLarge}`);
  let text2;
  try {
    text2 = new TextDecoder("utf-8", { fatal: !0 }).decode(bytes2).replace(/^\uFEFF/, "");
  } catch {
    throw new UserError(`${path3}: not UTF-8 text`);
  }
  return parseContributorsFile(text2, path3);
}
function refuseUnknownKeys(record, allowed, file, at2) {
  for (let key2 of Object.keys(record))
    if (!allowed.includes(key2))
      throw fieldError(file, at2 ? `${at2}.${key2}` : key2, `is not a known key (use ${allowed.join(", ")})`);
}
function listOf(data, key2, file, each) {
  let value = data[key2];
  if (value == null) return [];
  if (!Array.isArray(value)) throw fieldError(file, key2, `must be a list, got ${describe(value)}`);
  return value.map((entry, i) => each(entry, `${key2}[${i}]`));
}
function mappingOf(entry, file, at2, keys) {
  if (!isRecord(entry)) throw fieldError(file, at2, `must be a mapping with ${keys.join(", ")}, got ${describe(entry)}`);
  return refuseUnknownKeys(entry, keys, file, at2), entry;
}
function nameOf(record, file, at2) {
  let name = record.name;
  if (name === void 0) throw fieldError(file, `${at2}.name`, "is missing");
  if (typeof name != "string" || name.trim() === "")
    throw fieldError(file, `${at2}.name`, `must be a non-empty string, got ${describe(name)}`);
  if (/[\p{Cc}\u2028\u2029]/u.test(name)) throw fieldError(file, `${at2}.name`, "must be one line without control characters");
  return name.trim();
}
function urlOf(record, file, at2) {
  let url = record.url;
  if (url == null) return null;
  if (typeof url != "string" || !/^https?:\/\/[^\s/]+\/\S*$/.test(url.trim()))
    throw fieldError(file, `${at2}.url`, `must be null or an http(s) profile URL such as https://github.com/login, got ${describe(url)}`);
  return url.trim();
}
function stringsOf(value, file, at2, mayBeEmpty = !1) {
  if (!Array.isArray(value))
    throw fieldError(file, at2, value === void 0 ? "is missing" : `must be a list of strings, got ${describe(value)}`);
  if (value.length === 0 && !mayBeEmpty) throw fieldError(file, at2, "must not be empty");
  return value.map((item, i) => {
    if (typeof item != "string" || item.trim() === "")
      throw fieldError(file, `${at2}[${i}]`, `must be a non-empty string, got ${describe(item)}`);
    return item.trim();
  });
}
function checkPagePattern(pattern, file, at2) {
  let problem = pageGlobProblem(pattern);
  if (problem) throw fieldError(file, at2, problem);
  let literal = pattern.replace(/\*\*?|\?/g, "x");
  if (normalizeTreePath(literal) !== literal || literal === "")
    throw fieldError(
      file,
      at2,
      `must be a page path relative to the target path, such as introduction/01.md or trusted-committer/*, got "${pattern}"`
    );
}
function refuseOverlaps(parsed) {
  let owner = /* @__PURE__ */ new Map(), claim = (text2, at2) => {
    let key2 = text2.toLowerCase(), before = owner.get(key2);
    if (before !== void 0) throw fieldError(parsed.file, at2, `"${text2}" is already listed at ${before}`);
    owner.set(key2, at2);
  };
  parsed.aliases.forEach((alias, i) => alias.match.forEach((text2, j) => claim(text2, `aliases[${i}].match[${j}]`))), parsed.exclude.forEach((text2, i) => claim(text2, `exclude[${i}]`));
}

// src/credit/credit-rule.ts
function isBot(name, account2) {
  return account2?.type === "Bot" ? !0 : [name, account2?.login, account2?.name].some((text2) => text2?.includes("[bot]") ?? !1);
}
function authorContributor(author) {
  if (isBot(author.name, author.user)) return null;
  let name = author.user?.name || author.name;
  return name ? { name, url: author.user?.url ?? null } : null;
}
function reviewerContributor(reviewer) {
  return reviewer === null || isBot(null, reviewer) ? null : { name: reviewer.name || reviewer.login, url: reviewer.url };
}
function mergeByName(people) {
  let byName = /* @__PURE__ */ new Map();
  for (let person2 of people) {
    let seen = byName.get(person2.name);
    seen ? seen.url === null && person2.url !== null && (seen.url = person2.url) : byName.set(person2.name, { name: person2.name, url: person2.url });
  }
  return [...byName.values()];
}
function creditContributors(history, rewrite) {
  let authors = history.flatMap(
    (commit) => commit.authors.map((author) => {
      let person2 = authorContributor(author);
      return person2 && rewrite ? rewrite(person2, { author }) : person2;
    })
  ), reviewers = history.flatMap(
    (commit) => commit.reviewers.map((reviewer) => {
      let person2 = reviewerContributor(reviewer);
      return person2 && reviewer && rewrite ? rewrite(person2, { reviewer }) : person2;
    })
  );
  return mergeByName([...authors, ...reviewers].filter((p) => p !== null));
}
function commitPeople(commit, rewrite) {
  let people = [];
  for (let author of commit.authors) {
    let credited = authorContributor(author), person2 = credited && rewrite ? rewrite(credited, { author }) : credited;
    person2 && !people.some((p) => p.name === person2.name) && people.push({ name: person2.name, login: author.user?.login ?? null });
  }
  return people;
}

// src/credit/git-command.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile), GitCommandError = class extends Error {
};
async function runGit(dir, args, input) {
  try {
    let running = execFileAsync("git", ["-c", "core.quotepath=off", "--literal-pathspecs", ...args], {
      cwd: dir,
      maxBuffer: 536870912,
      encoding: "utf8"
    });
    running.child.stdin?.on("error", () => {
    }), running.child.stdin?.end(input);
    let { stdout } = await running;
    return stdout;
  } catch (error) {
    let output = error.stderr, stderr = (typeof output == "string" && output !== "" ? output : error.message).trim().split(`
`)[0];
    throw new GitCommandError(stderr);
  }
}

// src/credit/git-log.ts
var GIT_LOG_FORMAT = "%x1e%H%x1f%aN%x1f%aE%x1f%cI%x1f%s%x1f%(trailers:key=Co-authored-by,valueonly,separator=%x1f)";
function unquoteGitPath(line) {
  if (!line.startsWith('"') || !line.endsWith('"')) return line;
  let bytes2 = [], body = line.slice(1, -1), simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    let ch = body[i];
    if (ch !== "\\") {
      bytes2.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    let next = body[i + 1];
    /[0-7]/.test(next ?? "") ? (bytes2.push(parseInt(body.slice(i + 1, i + 4), 8)), i += 3) : (bytes2.push(simple[next] ?? next.charCodeAt(0)), i += 1);
  }
  return Buffer.from(bytes2).toString("utf8");
}
function parseGitLog(output) {
  let entries = [];
  for (let record of output.split("")) {
    if (!record.trim()) continue;
    let [header, ...rest] = record.split(`
`), [oid, name, email, date, headline2, ...trailers] = header.split("");
    entries.push({
      oid,
      author: { name, email },
      date,
      headline: headline2,
      coAuthors: trailers.map((t) => t.trim()).filter(Boolean),
      files: rest.filter((line) => line.length > 0).map(unquoteGitPath)
    });
  }
  return entries;
}
function parseContact(text2) {
  let trimmed = text2.trim();
  if (!trimmed.endsWith(">")) return null;
  let open2 = trimmed.lastIndexOf("<"), email = trimmed.slice(open2 + 1, -1), name = trimmed.slice(0, Math.max(open2, 0));
  return open2 < 0 || email.includes(">") || /[\n\r\u2028\u2029]/.test(name.trimEnd()) ? null : { name: name.trim(), email: email.trim() };
}
function loginFromNoreplyEmail(email) {
  let match = /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i.exec(email.trim());
  return match ? match[1] : null;
}
function gitAuthor(contact, webUrl = "https://github.com") {
  let login = loginFromNoreplyEmail(contact.email);
  return {
    name: contact.name,
    email: contact.email,
    user: login ? { login, name: null, url: `${webUrl}/${login}`, type: "User" } : null
  };
}

// src/credit/identity-rules.ts
function keysOf(who) {
  return ("author" in who ? [who.author.user?.login, who.author.user?.url, who.author.email, who.author.name, who.author.user?.name] : [who.reviewer.login, who.reviewer.url, who.reviewer.name]).filter((t) => typeof t == "string" && t.trim() !== "").map((t) => t.trim().toLowerCase());
}
var IdentityRules = class _IdentityRules {
  constructor(rules) {
    this.rules = rules;
    for (let { rule, keys } of rules) for (let key2 of keys) this.byKey.set(key2, rule);
  }
  rules;
  static NONE = new _IdentityRules([]);
  byKey = /* @__PURE__ */ new Map();
  static fromFile(file) {
    return file ? new _IdentityRules([
      ...file.aliases.map((alias) => ({
        rule: { label: `alias "${alias.name}"`, person: { name: alias.name, url: alias.url } },
        keys: alias.match.map((m) => m.toLowerCase())
      })),
      ...file.exclude.map((text2) => ({ rule: { label: `exclude "${text2}"`, person: null }, keys: [text2.toLowerCase()] }))
    ]) : _IdentityRules.NONE;
  }
  get isEmpty() {
    return this.rules.length === 0;
  }
  /** The same rules but one: to tell what that one changed. */
  without(label) {
    return new _IdentityRules(this.rules.filter((r) => r.rule.label !== label));
  }
  /** The credit rule's hook; records in `fired` the label of every rule that matched someone. */
  rewriter(fired) {
    if (!this.isEmpty)
      return (person2, who) => {
        let matched = keysOf(who).map((key2) => this.byKey.get(key2)).filter((rule) => rule !== void 0).sort((a, b) => (a.person === null ? -1 : 0) - (b.person === null ? -1 : 0))[0];
        return matched ? (fired?.add(matched.label), matched.person === null ? null : { ...matched.person }) : person2;
      };
  }
}, sameList = (a, b) => a.length === b.length && a.every((p, i) => p.name === b[i].name && p.url === b[i].url);
function creditWithRules(history, rules) {
  let fired = /* @__PURE__ */ new Set(), contributors = creditContributors(history, rules.rewriter(fired)), changedBy = [...fired].filter((label) => !sameList(creditContributors(history, rules.without(label).rewriter()), contributors)).sort();
  return { contributors, changedBy };
}

// src/credit/git-provider.ts
var GitContributorProvider = class {
  /**
   * Reads the log of `source.dir`, a checkout (or a folder inside one) that credited paths are
   * relative to; the contributors file's aliases and exclusions (`rules`) apply as it credits.
   */
  constructor(source, logger, rules = IdentityRules.NONE) {
    this.source = source;
    this.logger = logger;
    this.rules = rules;
  }
  source;
  logger;
  rules;
  kind = "git";
  /** `input`: written to git's standard input (names and emails go there, never among the arguments). */
  async git(args, input) {
    try {
      return await runGit(this.source.dir, args, input);
    } catch (error) {
      throw new OptionError("contributors", `git needs a git checkout at ${this.source.dir}: ${error.message}`);
    }
  }
  async credit(sourcePaths) {
    let paths = [...new Set(sourcePaths)], result = { contributors: /* @__PURE__ */ new Map(), failures: [], stats: { requests: 0, points: 0 } };
    if (paths.length === 0) return result;
    (await this.git(["rev-parse", "--is-shallow-repository"])).trim() === "true" && this.logger.warning(
      "contributors: the source checkout is a shallow clone, so contributor lists only see its latest commits (check out with fetch-depth: 0)"
    );
    let log = parseGitLog(await this.git(["log", "--relative", "--name-only", `--format=${GIT_LOG_FORMAT}`, "--", ...paths])), coAuthors = await this.mailmapContacts(log.flatMap((entry) => entry.coAuthors)), histories = new Map(paths.map((path3) => [path3, []])), history = new Map(paths.map((path3) => [path3, []])), rewrite = this.rules.rewriter();
    for (let entry of log) {
      let authors = [
        gitAuthor(entry.author),
        ...entry.coAuthors.map((text2) => coAuthors.get(text2)).filter((c) => c !== void 0).map((c) => gitAuthor(c))
      ], record = { oid: entry.oid, authors, reviewers: [] }, people = commitPeople(record, rewrite);
      for (let file of entry.files)
        histories.get(file)?.push(record), history.get(file)?.push({ oid: entry.oid, date: entry.date, headline: entry.headline, authors: people });
    }
    let rules = this.rules;
    for (let [path3, records] of histories) {
      let { contributors, changedBy } = creditWithRules(records, rules);
      result.contributors.set(path3, contributors), changedBy.length > 0 && (result.changedBy ??= /* @__PURE__ */ new Map()).set(path3, changedBy);
    }
    return result.history = history, this.logger.info(`contributors: ${paths.length} files credited from the local git log (${log.length} commits; no reviewers)`), result;
  }
  /**
   * Co-author trailers through .mailmap, in one `git check-mailmap --stdin` call. On its
   * standard input, one per line: as arguments, a trailer `Co-authored-by: -h <evil@example.com>`
   * was an option to git and failed every run (issue 21). A contact holding a line break cannot
   * be one line, so it stays as written.
   */
  async mailmapContacts(texts) {
    let contacts = /* @__PURE__ */ new Map();
    for (let text2 of texts) {
      let contact = parseContact(text2);
      contact && contacts.set(text2, contact);
    }
    let asWritten = [...contacts].map(([text2, c]) => ({ text: text2, line: c.name ? `${c.name} <${c.email}>` : `<${c.email}>` })).filter(({ line }) => !/[\r\n\0]/.test(line));
    if (asWritten.length === 0) return contacts;
    let mapped = (await this.git(["check-mailmap", "--stdin"], asWritten.map(({ line }) => `${line}
`).join(""))).split(`
`);
    return asWritten.forEach(({ text: text2 }, i) => {
      let contact = parseContact(mapped[i] ?? "");
      contact && contacts.set(text2, contact);
    }), contacts;
  }
};

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  return typeof navigator == "object" && "userAgent" in navigator ? navigator.userAgent : typeof process == "object" && process.version !== void 0 ? `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})` : "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method != "function")
    throw new Error("method for before hook must be a function");
  return options || (options = {}), Array.isArray(name) ? name.reverse().reduce((callback, name2) => register.bind(null, state, name2, callback, options), method)() : Promise.resolve().then(() => state.registry[name] ? state.registry[name].reduce((method2, registered) => registered.hook.bind(null, method2, options), method)() : method(options));
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  let orig = hook2;
  state.registry[name] || (state.registry[name] = []), kind === "before" && (hook2 = (method, options) => Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options))), kind === "after" && (hook2 = (method, options) => {
    let result;
    return Promise.resolve().then(method.bind(null, options)).then((result_) => (result = result_, orig(result, options))).then(() => result);
  }), kind === "error" && (hook2 = (method, options) => Promise.resolve().then(method.bind(null, options)).catch((error) => orig(error, options))), state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name])
    return;
  let index = state.registry[name].map((registered) => registered.orig).indexOf(method);
  index !== -1 && state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind, bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  let removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef }, hook2.remove = removeHookRef, ["before", "error", "after", "wrap"].forEach((kind) => {
    let args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  let singularHookName = /* @__PURE__ */ Symbol("Singular"), singularHookState = {
    registry: {}
  }, singularHook = register.bind(null, singularHookState, singularHookName);
  return bindApi(singularHook, singularHookState, singularHookName), singularHook;
}
function Collection() {
  let state = {
    registry: {}
  }, hook2 = register.bind(null, state);
  return bindApi(hook2, state), hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development", userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`, DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  return object ? Object.keys(object).reduce((newObj, key2) => (newObj[key2.toLowerCase()] = object[key2], newObj), {}) : {};
}
function isPlainObject(value) {
  if (typeof value != "object" || value === null || Object.prototype.toString.call(value) !== "[object Object]") return !1;
  let proto = Object.getPrototypeOf(value);
  if (proto === null) return !0;
  let Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor == "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  let result = Object.assign({}, defaults);
  return Object.keys(options).forEach((key2) => {
    isPlainObject(options[key2]) ? key2 in defaults ? result[key2] = mergeDeep(defaults[key2], options[key2]) : Object.assign(result, { [key2]: options[key2] }) : Object.assign(result, { [key2]: options[key2] });
  }), result;
}
function removeUndefinedProperties(obj) {
  for (let key2 in obj)
    obj[key2] === void 0 && delete obj[key2];
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route == "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else
    options = Object.assign({}, route);
  options.headers = lowercaseKeys(options.headers), removeUndefinedProperties(options), removeUndefinedProperties(options.headers);
  let mergedOptions = mergeDeep(defaults || {}, options);
  return options.url === "/graphql" && (defaults && defaults.mediaType.previews?.length && (mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
    (preview) => !mergedOptions.mediaType.previews.includes(preview)
  ).concat(mergedOptions.mediaType.previews)), mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""))), mergedOptions;
}
function addQueryParameters(url, parameters) {
  let separator = /\?/.test(url) ? "&" : "?", names = Object.keys(parameters);
  return names.length === 0 ? url : url + separator + names.map((name) => name === "q" ? "q=" + parameters.q.split("+").map(encodeURIComponent).join("+") : `${name}=${encodeURIComponent(parameters[name])}`).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  let matches2 = url.match(urlVariableRegex);
  return matches2 ? matches2.map(removeNonChars).reduce((a, b) => a.concat(b), []) : [];
}
function omit(object, keysToOmit) {
  let result = { __proto__: null };
  for (let key2 of Object.keys(object))
    keysToOmit.indexOf(key2) === -1 && (result[key2] = object[key2]);
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    return /%[0-9A-Fa-f]/.test(part) || (part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]")), part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key2) {
  return value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value), key2 ? encodeUnreserved(key2) + "=" + value : value;
}
function isDefined(value) {
  return value != null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key2, modifier) {
  var value = context[key2], result = [];
  if (isDefined(value) && value !== "")
    if (typeof value == "string" || typeof value == "number" || typeof value == "bigint" || typeof value == "boolean")
      value = value.toString(), modifier && modifier !== "*" && (value = value.substring(0, parseInt(modifier, 10))), result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key2 : "")
      );
    else if (modifier === "*")
      Array.isArray(value) ? value.filter(isDefined).forEach(function(value2) {
        result.push(
          encodeValue(operator, value2, isKeyOperator(operator) ? key2 : "")
        );
      }) : Object.keys(value).forEach(function(k) {
        isDefined(value[k]) && result.push(encodeValue(operator, value[k], k));
      });
    else {
      let tmp = [];
      Array.isArray(value) ? value.filter(isDefined).forEach(function(value2) {
        tmp.push(encodeValue(operator, value2));
      }) : Object.keys(value).forEach(function(k) {
        isDefined(value[k]) && (tmp.push(encodeUnreserved(k)), tmp.push(encodeValue(operator, value[k].toString())));
      }), isKeyOperator(operator) ? result.push(encodeUnreserved(key2) + "=" + tmp.join(",")) : tmp.length !== 0 && result.push(tmp.join(","));
    }
  else
    operator === ";" ? isDefined(value) && result.push(encodeUnreserved(key2)) : value === "" && (operator === "&" || operator === "?") ? result.push(encodeUnreserved(key2) + "=") : value === "" && result.push("");
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  return template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "", values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1 && (operator = expression.charAt(0), expression = expression.substr(1)), expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        }), operator && operator !== "+") {
          var separator = ",";
          return operator === "?" ? separator = "&" : operator !== "#" && (separator = operator), (values.length !== 0 ? operator : "") + values.join(separator);
        } else
          return values.join(",");
      } else
        return encodeReserved(literal);
    }
  ), template === "/" ? template : template.replace(/\/$/, "");
}
function parse(options) {
  let method = options.method.toUpperCase(), url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}"), headers = Object.assign({}, options.headers), body, parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]), urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters), /^http/.test(url) || (url = options.baseUrl + url);
  let omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl"), remainingParameters = omit(parameters, omittedParameters);
  if (!/application\/octet-stream/i.test(headers.accept) && (options.mediaType.format && (headers.accept = headers.accept.split(/,/).map(
    (format) => format.replace(
      /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
      `application/vnd$1$2.${options.mediaType.format}`
    )
  ).join(",")), url.endsWith("/graphql") && options.mediaType.previews?.length)) {
    let previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
    headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
      let format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
      return `application/vnd.github.${preview}-preview${format}`;
    }).join(",");
  }
  return ["GET", "HEAD"].includes(method) ? url = addQueryParameters(url, remainingParameters) : "data" in remainingParameters ? body = remainingParameters.data : Object.keys(remainingParameters).length && (body = remainingParameters), !headers["content-type"] && typeof body < "u" && (headers["content-type"] = "application/json; charset=utf-8"), ["PATCH", "PUT"].includes(method) && typeof body > "u" && (body = ""), Object.assign(
    { method, url, headers },
    typeof body < "u" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  let DEFAULTS2 = merge(oldDefaults, newDefaults), endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist2(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/, noiseValue = /^-?\d+n+$/, originalStringify = JSON.stringify, originalParse = JSON.parse, customFormat = /^-?\d+n$/, bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g, noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g, isUnstringifiable = (val) => val === void 0 || typeof val == "function" || typeof val == "symbol", isRawJSON = (val) => val !== null && typeof val == "object" && val.constructor && val.constructor.name === "RawJSON", stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  typeof spaceParam == "number" ? space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam)))) : typeof spaceParam == "string" && (space = spaceParam.slice(0, 10));
  let isFunctionReplacer = typeof replacer == "function", propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null, prepareVal = (parent, key2, val) => (val !== null && typeof val == "object" && typeof val.toJSON == "function" && (val = val.toJSON(key2)), typeof val == "string" && noiseValue.test(val) ? val + "n" : typeof val == "bigint" ? "rawJSON" in JSON ? JSON.rawJSON(val.toString()) : val.toString() + "n" : (isFunctionReplacer && (val = replacer.call(parent, key2, val)), val !== null && typeof val == "object" && (val instanceof Number || val instanceof String || val instanceof Boolean) && (val = val.valueOf()), val)), rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed))
    return;
  let isRootPrimitive = rootProcessed === null || typeof rootProcessed != "object", isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON)
    return originalStringify(rootProcessed);
  let chunks = [], level = 0, stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: !0
    }
  ], visited = new WeakSet([rootProcessed]);
  for (; stack.length > 0; ) {
    let node = stack[stack.length - 1];
    node.index === 0 && (chunks.push(node.isArray ? "[" : "{"), level++);
    let isDone = !1;
    if (node.isArray)
      if (node.index < node.val.length) {
        node.first || chunks.push(","), space && chunks.push(`
` + space.repeat(level));
        let childRaw = node.val[node.index], childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal))
          chunks.push("null"), node.first = !1, node.index++;
        else {
          let isComplexObject = childVal !== null && typeof childVal == "object", isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal))
              throw new TypeError("Converting circular structure to JSON");
            visited.add(childVal), stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: !0
            }), node.first = !1, node.index++;
          } else
            chunks.push(originalStringify(childVal)), node.first = !1, node.index++;
        }
      } else
        isDone = !0;
    else {
      for (; node.index < node.keys.length; ) {
        let k = node.keys[node.index++];
        if (propertyList && !propertyList.has(k)) continue;
        let childRaw = node.val[k], childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        node.first || chunks.push(","), space ? chunks.push(`
` + space.repeat(level) + originalStringify(k) + ": ") : chunks.push(originalStringify(k) + ":");
        let isComplexObject = childVal !== null && typeof childVal == "object", isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal))
            throw new TypeError("Converting circular structure to JSON");
          visited.add(childVal), stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: !0
          }), node.first = !1;
          break;
        } else
          chunks.push(originalStringify(childVal)), node.first = !1;
      }
      node.index >= node.keys.length && stack[stack.length - 1] === node && (isDone = !0);
    }
    isDone && (level--, !node.first && space && chunks.push(`
` + space.repeat(level)), chunks.push(node.isArray ? "]" : "}"), visited.delete(node.val), stack.pop());
  }
  return chunks.join("");
}, JSONStringify = (value, replacer, space) => {
  try {
    return "rawJSON" in JSON ? originalStringify(
      value,
      (key2, val) => typeof val == "bigint" ? JSON.rawJSON(val.toString()) : typeof replacer == "function" ? replacer(key2, val) : (Array.isArray(replacer) && replacer.includes(key2), val),
      space
    ) : value ? originalStringify(
      value,
      (key2, val) => typeof val == "string" && noiseValue.test(val) || typeof val == "bigint" ? val.toString() + "n" : typeof replacer == "function" ? replacer(key2, val) : (Array.isArray(replacer) && replacer.includes(key2), val),
      space
    ).replace(
      bigIntsStringify,
      "$1$2$3"
    ).replace(noiseStringify, "$1$2$3") : originalStringify(value, replacer, space);
  } catch (error) {
    if (error instanceof RangeError) {
      let convertedJSON = stringifyIteratively(value, replacer, space);
      return convertedJSON === void 0 ? void 0 : "rawJSON" in JSON ? convertedJSON : convertedJSON.replace(bigIntsStringify, "$1$2$3").replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
}, featureCache = /* @__PURE__ */ new Map(), isContextSourceSupported = () => {
  let parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint))
    return featureCache.get(parseFingerprint);
  try {
    let result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    return featureCache.set(parseFingerprint, result), result;
  } catch {
    return featureCache.set(parseFingerprint, !1), !1;
  }
}, convertMarkedBigIntsReviver = (key2, value, context, userReviver) => typeof value == "string" && customFormat.test(value) ? BigInt(value.slice(0, -1)) : typeof value == "string" && noiseValue.test(value) ? value.slice(0, -1) : typeof userReviver == "function" ? userReviver(key2, value, context) : value, JSONParseV2 = (text2, reviver) => JSON.parse(text2, (key2, value, context) => {
  let isNumber = typeof value == "number", isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER, isBigNumber = isNumber && isOutOfBounds, isInt = context && intRegex.test(context.source);
  return isBigNumber && isInt ? BigInt(context.source) : typeof reviver == "function" ? reviver(key2, value, context) : value;
}), MAX_INT = Number.MAX_SAFE_INTEGER.toString(), MAX_DIGITS = MAX_INT.length, stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g, noiseValueWithQuotes = /^"-?\d+n+"$/, applyReviverIteratively = (parsed, userReviver) => {
  let rootHolder = { "": parsed }, stack = [{ parent: rootHolder, key: "", visited: !1 }];
  for (; stack.length > 0; ) {
    let node = stack[stack.length - 1];
    if (node.visited) {
      let { parent, key: key2 } = node, value = parent[key2];
      typeof value == "string" && (customFormat.test(value) ? value = BigInt(value.slice(0, -1)) : noiseValue.test(value) && (value = value.slice(0, -1))), typeof userReviver == "function" && (value = userReviver.call(parent, key2, value)), value === void 0 ? delete parent[key2] : parent[key2] = value, stack.pop();
    } else {
      node.visited = !0;
      let value = node.parent[node.key];
      if (value !== null && typeof value == "object") {
        let keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--)
          stack.push({ parent: value, key: keys[i], visited: !1 });
      }
    }
  }
  return rootHolder[""];
}, serializeBigInts = (text2) => text2.replace(
  stringsOrLargeNumbers,
  (match, digits, fractional, exponential) => {
    let isString = match[0] === '"';
    if (isString && noiseValueWithQuotes.test(match)) return match.substring(0, match.length - 1) + 'n"';
    let hasFractionalOrExponential = fractional || exponential, isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
    return isString || hasFractionalOrExponential || isLessThanMaxSafeInt ? match : '"' + match + 'n"';
  }
), JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    let serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key2, value, context) => convertMarkedBigIntsReviver(key2, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      let serializedData = serializeBigInts(text2), parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message2, statusCode, options) {
    super(message2, { cause: options.cause }), this.name = "HttpError", this.status = Number.parseInt(statusCode), Number.isNaN(this.status) && (this.status = 0);
    "response" in options && (this.response = options.response);
    let requestCopy = Object.assign({}, options.request);
    options.request.headers.authorization && (requestCopy.headers = Object.assign({}, options.request.headers, {
      authorization: options.request.headers.authorization.replace(
        /(?<! ) .*$/,
        " [REDACTED]"
      )
    })), requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]"), this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16", defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value != "object" || value === null || Object.prototype.toString.call(value) !== "[object Object]") return !1;
  let proto = Object.getPrototypeOf(value);
  if (proto === null) return !0;
  let Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor == "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  let fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2)
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  let log = requestOptions.request?.log || console, parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== !1, body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body, requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  ), fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message2 = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError")
        throw error.status = 500, error;
      message2 = error.message, error.name === "TypeError" && "cause" in error && (error.cause instanceof Error ? message2 = error.cause.message : typeof error.cause == "string" && (message2 = error.cause));
    }
    let requestError = new RequestError(message2, 500, {
      request: requestOptions
    });
    throw requestError.cause = error, requestError;
  }
  let status = fetchResponse.status, url = fetchResponse.url, responseHeaders = {};
  for (let [key2, value] of fetchResponse.headers)
    responseHeaders[key2] = value;
  let octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    let matches2 = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/), deprecationLink = matches2 && matches2.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205)
    return octokitResponse;
  if (requestOptions.method === "HEAD") {
    if (status < 400)
      return octokitResponse;
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304)
    throw octokitResponse.data = await getResponseData(fetchResponse), new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  if (status >= 400)
    throw octokitResponse.data = await getResponseData(fetchResponse), new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  return octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body, octokitResponse;
}
async function getResponseData(response) {
  let contentType = response.headers.get("content-type");
  if (!contentType)
    return response.text().catch(noop);
  let mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      return text2 = await response.text(), JSONParse(text2);
    } catch {
      return text2;
    }
  } else return mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream" ? response.text().catch(noop) : response.arrayBuffer().catch(
    /* v8 ignore next -- @preserve */
    () => new ArrayBuffer(0)
  );
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data == "string")
    return data;
  if (data instanceof ArrayBuffer)
    return "Unknown error";
  if (typeof data == "object" && data !== null && "message" in data) {
    let objectData = data, suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  let endpoint2 = oldEndpoint.defaults(newDefaults);
  return Object.assign(function(route, parameters) {
    let endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook)
      return fetchWrapper(endpoint2.parse(endpointOptions));
    let request2 = (route2, parameters2) => fetchWrapper(
      endpoint2.parse(endpoint2.merge(route2, parameters2))
    );
    return Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    }), endpointOptions.request.hook(request2, endpointOptions);
  }, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join(`
`);
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response)), this.request = request2, this.headers = headers, this.response = response, this.errors = response.errors, this.data = response.data, Error.captureStackTrace && Error.captureStackTrace(this, this.constructor);
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
}, NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
], FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"], GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query2, options) {
  if (options) {
    if (typeof query2 == "string" && "query" in options)
      return Promise.reject(
        new Error('[@octokit/graphql] "query" cannot be used as variable name')
      );
    for (let key2 in options)
      if (FORBIDDEN_VARIABLE_OPTIONS.includes(key2))
        return Promise.reject(
          new Error(
            `[@octokit/graphql] "${key2}" cannot be used as variable name`
          )
        );
  }
  let parsedOptions = typeof query2 == "string" ? Object.assign({ query: query2 }, options) : query2, requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key2) => NON_VARIABLE_OPTIONS.includes(key2) ? (result[key2] = parsedOptions[key2], result) : (result.variables || (result.variables = {}), result.variables[key2] = parsedOptions[key2], result), {}), baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  return GHES_V3_SUFFIX_REGEX.test(baseUrl) && (requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql")), request2(requestOptions).then((response) => {
    if (response.data.errors) {
      let headers = {};
      for (let key2 of Object.keys(response.headers))
        headers[key2] = response.headers[key2];
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  let newRequest = request2.defaults(newDefaults);
  return Object.assign((query2, options) => graphql(newRequest, query2, options), {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)", sep = "\\.", jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`), isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  let isApp = isJWT(token), isInstallation = token.startsWith("v1.") || token.startsWith("ghs_"), isUserToServer = token.startsWith("ghu_");
  return {
    type: "token",
    token,
    tokenType: isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth"
  };
}
function withAuthorizationPrefix(token) {
  return token.split(/\./).length === 3 ? `bearer ${token}` : `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  let endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  return endpoint2.headers.authorization = withAuthorizationPrefix(token), request2(endpoint2);
}
var createTokenAuth = function(token) {
  if (!token)
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  if (typeof token != "string")
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  return token = token.replace(/^(token|bearer) +/i, ""), Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
}, consoleWarn = console.warn.bind(console), consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  return typeof logger.debug != "function" && (logger.debug = noop2), typeof logger.info != "function" && (logger.info = noop2), typeof logger.warn != "function" && (logger.warn = consoleWarn), typeof logger.error != "function" && (logger.error = consoleError), logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`, Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    return class extends this {
      constructor(...args) {
        let options = args[0] || {};
        if (typeof defaults == "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    let currentPlugins = this.plugins;
    return class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
  }
  constructor(options = {}) {
    let hook2 = new before_after_hook_default.Collection(), requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    if (requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail, options.baseUrl && (requestDefaults.baseUrl = options.baseUrl), options.previews && (requestDefaults.mediaType.previews = options.previews), options.timeZone && (requestDefaults.headers["time-zone"] = options.timeZone), this.request = request.defaults(requestDefaults), this.graphql = withCustomRequest(this.request).defaults(requestDefaults), this.log = createLogger(options.log), this.hook = hook2, options.authStrategy) {
      let { authStrategy, ...otherOptions } = options, auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook), this.auth = auth2;
    } else if (!options.auth)
      this.auth = async () => ({
        type: "unauthenticated"
      });
    else {
      let auth2 = createTokenAuth(options.auth);
      hook2.wrap("request", auth2.hook), this.auth = auth2;
    }
    let classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i)
      Object.assign(this, classConstructor.plugins[i](this, options));
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION5 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request)
    throw error;
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    let retries = options.request.retries != null ? options.request.retries : state.retries, retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  let limiter = new import_light.default();
  return limiter.on("failed", function(error, info) {
    let maxRetries = ~~error.request.request?.retries, after = ~~error.request.request?.retryAfter;
    if (options.request.retryCount = info.retryCount + 1, maxRetries > info.retryCount)
      return after * state.retryAfterBaseValue;
  }), limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  let response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    let error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  let state = Object.assign(
    {
      enabled: !0,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  ), retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => (error.request.request = Object.assign({}, error.request.request, {
        retries,
        retryAfter
      }), error)
    }
  };
  return state.enabled && (octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin)), octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin))), retryPlugin;
}
retry.VERSION = VERSION5;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1), VERSION6 = "0.0.0-development", noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  let { pathname } = new URL(options.url, "http://github.test"), isAuth = isAuthRequest(options.method, pathname), isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD", isSearch = options.method === "GET" && pathname.startsWith("/search/"), isGraphQL2 = pathname.startsWith("/graphql"), jobOptions = ~~request2.retryCount > 0 ? { priority: 0, weight: 0 } : {};
  state.clustering && (jobOptions.expiration = 1e3 * 60), (isWrite || isGraphQL2) && await state.write.key(state.id).schedule(jobOptions, noop3), isWrite && state.triggersNotification(pathname) && await state.notifications.key(state.id).schedule(jobOptions, noop3), isSearch && await state.search.key(state.id).schedule(jobOptions, noop3);
  let req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL2) {
    let res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED"))
      throw Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  let regex2 = `^(?:${paths.map(
    (path3) => path3.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  ).map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default), triggersNotification = regex.test.bind(regex), groups = {}, createGroups = function(Bottleneck3, common) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  }), groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  }), groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  }), groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  }), groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  let {
    enabled = !0,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled)
    return {};
  let common = { timeout };
  typeof connection < "u" && (common.connection = connection);
  let state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit != "function" || typeof state.onRateLimit != "function")
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  let initialized = !1, initializeBottleneck = () => {
    if (initialized)
      return;
    initialized = !0, groups.global == null && createGroups(Bottleneck3, common), state.global = state.global ?? groups.global, state.auth = state.auth ?? groups.auth, state.search = state.search ?? groups.search, state.write = state.write ?? groups.write, state.notifications = state.notifications ?? groups.notifications, state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    let events = {}, emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit), events.on("rate-limit", state.onRateLimit), events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    ), state.retryLimiter.on("failed", async function(error, info) {
      let [state2, request2, options] = info.args, { pathname } = new URL(options.url, "http://github.test");
      if (!(pathname.startsWith("/graphql") && error.status !== 401 || error.status === 403 || error.status === 429))
        return;
      let retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount, options.request.retryCount = retryCount;
      let { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          let retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          return { wantRetry: await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          ), retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          let rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime(), retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          return { wantRetry: await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          ), retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry)
        return request2.retryCount++, retryAfter * state2.retryAfterBaseValue;
    });
  };
  return octokit.hook.wrap("request", (request2, options) => (initializeBottleneck(), wrapRequest2(state, request2, options))), {};
}
throttling.VERSION = VERSION6;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var import_light3 = __toESM(require_light(), 1);

// src/github/conditional-requests.ts
var ConditionalCache = class {
  constructor(size = 500) {
    this.size = size;
  }
  size;
  entries = /* @__PURE__ */ new Map();
  /** Rereads GitHub answered 304. */
  notModified = 0;
  lookup(key2) {
    return this.entries.get(key2);
  }
  keep(key2, response) {
    let etag = response.headers.etag;
    response.status !== 200 || typeof etag != "string" || (this.entries.delete(key2), this.entries.set(key2, { etag, response: { ...response, data: structuredClone(response.data) } }), this.entries.size > this.size && this.entries.delete(this.entries.keys().next().value));
  }
};
async function conditionalGet(cache, send, endpoint2, parse4) {
  if ((endpoint2.method ?? "GET") !== "GET") return send(endpoint2);
  let parsed = parse4(endpoint2), key2 = `${String(parsed.headers.accept ?? "")} ${parsed.url}`, kept = cache.lookup(key2);
  kept && (endpoint2.headers = { ...endpoint2.headers, "if-none-match": kept.etag });
  try {
    let response = await send(endpoint2);
    return cache.keep(key2, response), response;
  } catch (error) {
    if (!kept || error.status !== 304) throw error;
    cache.notModified++;
    let fresh = error.response?.headers ?? {};
    return { ...kept.response, headers: { ...kept.response.headers, ...fresh }, data: structuredClone(kept.response.data) };
  }
}

// src/shared/redact.ts
function redact(text2, secrets) {
  let out = text2, forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  for (let form of forms) out = out.split(form).join("***");
  return out;
}
var MIN_SECRET = 4;
function secretForms(secret) {
  let forms = /* @__PURE__ */ new Set(), add = (form) => {
    form.length >= MIN_SECRET && forms.add(form);
  };
  for (let piece of [secret, ...maskValues(secret)])
    add(piece), add(Buffer.from(`x-access-token:${piece}`).toString("base64")), add(Buffer.from(piece).toString("base64").replace(/=+$/, ""));
  return [...forms];
}
function maskValues(secret) {
  let lines = secret.split(/\r\n|\r|\n/).map((line) => line.trim());
  return [...new Set(lines.filter((line) => line.length >= MIN_SECRET))];
}

// src/github/token-header.ts
function invalidTokenMessage(reason) {
  return `the token is not a valid HTTP header value (it contains ${reason}): check the secret`;
}
function reasonIn(text2) {
  return /[\r\n]/.test(text2) ? "a line break" : /[\u0100-\u{10ffff}]/u.test(text2) ? "a character outside Latin-1" : "a NUL character";
}
function tokenHeaderProblem(token) {
  try {
    return new Headers().set("authorization", `token ${token}`), null;
  } catch {
    return invalidTokenMessage(reasonIn(token.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "")));
  }
}
function headerFailure(error) {
  let at2 = error;
  for (let depth = 0; at2 && typeof at2 == "object" && depth < 6; depth++) {
    let { name, message: message2 } = at2;
    if (name === "TypeError" && typeof message2 == "string") {
      if (/ByteString/.test(message2)) return invalidTokenMessage("a character outside Latin-1");
      if (/invalid header value/.test(message2)) return invalidTokenMessage(reasonIn(message2));
    }
    at2 = at2.cause;
  }
  return null;
}

// src/github/network-failure.ts
var NAMES = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "unknown host (DNS lookup failed)",
  ETIMEDOUT: "timeout",
  UND_ERR_CONNECT_TIMEOUT: "timeout",
  UND_ERR_HEADERS_TIMEOUT: "timeout",
  UND_ERR_BODY_TIMEOUT: "timeout",
  UND_ERR_SOCKET: "connection closed",
  EPROTO: "TLS error"
};
function codesOf(error) {
  let found = [], at2 = error;
  for (let depth = 0; at2 && typeof at2 == "object" && depth < 6; depth++) {
    let { code, message: message2, name } = at2;
    typeof code == "string" && found.push({ code, message: typeof message2 == "string" ? message2 : "" }), name === "TimeoutError" && found.push({ code: "ETIMEDOUT", message: "" }), at2 = at2.cause;
  }
  return found;
}
function networkFailure(error) {
  for (let { code, message: message2 } of codesOf(error)) {
    if (NAMES[code]) return code === "EPROTO" ? `TLS error: ${message2.split(`
`)[0]}` : NAMES[code];
    if (/CERT|TLS|SSL/.test(code)) return `TLS error: ${code}${message2 ? ` (${message2.split(`
`)[0]})` : ""}`;
    if (code.startsWith("HPE_")) return `the answer was not HTTP (${message2.split(`
`)[0] || code})`;
  }
  return error && typeof error == "object" && error.name === "AbortError" ? "timeout" : null;
}
function noAnswerMessage(error, apiUrl) {
  let header = headerFailure(error);
  if (header) return header;
  let failure = networkFailure(error);
  if (failure) return unreachableMessage(apiUrl, failure);
  if (!error || typeof error != "object") return null;
  let { status, response, message: message2 } = error;
  if (typeof status != "number" || response) return null;
  let detail = typeof message2 == "string" && message2 !== "" ? message2.split(`
`)[0].slice(0, 200) : "no detail";
  return unreachableMessage(apiUrl, `no answer (${detail})`);
}
function unreachableMessage(apiUrl, failure) {
  return `could not reach ${apiUrl.replace(/\/+$/, "")}: ${failure}`;
}

// src/github/logged-fetch.ts
function loggedFetch(send, logger, token) {
  let failedTries = /* @__PURE__ */ new Map();
  return async (input, init) => {
    let url = new URL(typeof input == "string" ? input : input instanceof URL ? input.href : input.url), method = (init?.method ?? "GET").toUpperCase(), key2 = `${method} ${url.href}`, attempt = (failedTries.get(key2) ?? 0) + 1, path3 = safeDecode(url.pathname), started = performance.now(), line = (outcome2) => `${method} ${path3} \u2192 ${outcome2} (attempt ${attempt}, ${Math.round(performance.now() - started)} ms)`;
    try {
      let response = await send(input, init);
      return response.status >= 500 || response.status === 429 ? failedTries.set(key2, attempt) : failedTries.delete(key2), logger.debug(line(response.status)), response;
    } catch (error) {
      throw failedTries.set(key2, attempt), logger.debug(line(`no answer (${redact(networkFailure(error) ?? error.message, [token])})`)), error;
    }
  };
}
function safeDecode(path3) {
  try {
    return decodeURIComponent(path3);
  } catch {
    return path3;
  }
}
function fetchWithTimeout(ms) {
  return (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms) });
}

// src/github/timing.ts
var PRODUCTION_TIMING = {
  writeIntervalMs: 1e3,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 1e3,
  retries: 3,
  notificationIntervalMs: 3e3,
  requestTimeoutMs: 6e4,
  mergeStateRereadsMs: [500, 1e3, 1500, 2e3]
}, FAST_TIMING = {
  writeIntervalMs: 0,
  graphqlIntervalMs: 0,
  retryAfterBaseValue: 5,
  retries: 3,
  notificationIntervalMs: 0,
  searchIntervalMs: 0,
  mergeStateRereadsMs: [5, 10, 15, 20]
};
function timingFromEnv(env = process.env) {
  return env.LEARNING_PATH_SYNC_FAST_RETRIES === "1" ? FAST_TIMING : PRODUCTION_TIMING;
}

// src/github/network-retry-plugin.ts
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
function isLoopbackUrl(url) {
  try {
    return LOOPBACK.has(new URL(url).hostname.toLowerCase());
  } catch {
    return !1;
  }
}
function pathOf(octokit, request2) {
  try {
    return new URL(octokit.request.endpoint.parse(request2).url).pathname;
  } catch {
    return String(request2.url);
  }
}
function networkRetry(octokit, options) {
  let settings = options.networkRetry;
  settings && octokit.hook.error("request", (error, request2) => {
    let { response, status } = error, failure = response ? null : networkFailure(error) ?? (status === 500 ? "no answer" : null);
    if (failure === null) throw error;
    let root = String(request2.baseUrl ?? "");
    if (failure === "connection refused" && isLoopbackUrl(root))
      throw request2.request = { ...request2.request, retries: 0 }, error;
    let attempt = (request2.request?.retryCount ?? 0) + 1, { retries, retryAfterBaseValue } = settings.timing;
    if (attempt <= retries) {
      let seconds2 = attempt * attempt * retryAfterBaseValue / 1e3;
      settings.logger.info(
        `${unreachableMessage(root, failure)} (${request2.method} ${pathOf(octokit, request2)}): retry ${attempt} of ${retries} in ${seconds2} s`
      );
    }
    throw error;
  });
}

// src/github/client.ts
var GITHUB_API_VERSION = "2022-11-28", GitHubOctokit = Octokit.plugin(networkRetry, retry, throttling);
function retryUnlessSpent(timing, logger, kind) {
  let maxWait = timing.maxRateLimitWaitSeconds ?? 300;
  return (retryAfter, request2, _octokit, retryCount) => {
    let attempt = retryCount + 1, what = `${kind} on ${request2.method} ${request2.url}`;
    return attempt > timing.retries ? (logger.warning(`${what}: giving up after ${timing.retries} retries`), !1) : retryAfter > maxWait ? (logger.warning(`${what}: it resets in ${retryAfter}s, longer than the ${maxWait}s worth waiting for`), !1) : (logger.info(`${what}: retry ${attempt} after ${retryAfter}s`), !0);
  };
}
function pluginOptions(purpose, timing, logger) {
  let minTime = purpose === "read" ? timing.graphqlIntervalMs : timing.writeIntervalMs, group = (min) => new import_light3.default.Group({ maxConcurrent: 1, minTime: min });
  return {
    retry: {
      retries: timing.retries,
      retryAfterBaseValue: timing.retryAfterBaseValue,
      // 429 is the throttling plugin's to retry (it waits for the reset); letting the retry
      // plugin retry it as well multiplied the attempts: 16 for a limit that does not lift.
      // 409 (an empty repository, a conflict) answers the same however often it is asked.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
    },
    throttle: {
      write: group(minTime),
      notifications: group(timing.notificationIntervalMs ?? 3e3),
      search: group(timing.searchIntervalMs ?? 2e3),
      retryAfterBaseValue: timing.retryAfterBaseValue,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: retryUnlessSpent(timing, logger, "rate limit"),
      onSecondaryRateLimit: retryUnlessSpent(timing, logger, "secondary rate limit")
    }
  };
}
function createGitHubClient(context, purpose, conditionalCache = new ConditionalCache()) {
  let { token, apiUrl } = context.github, badToken = tokenHeaderProblem(token);
  if (badToken) throw new UserError(badToken);
  let { timing, logger } = context, octokit = new GitHubOctokit({
    auth: token,
    baseUrl: apiUrl,
    userAgent: "learning-path-sync",
    request: {
      fetch: loggedFetch(fetchWithTimeout(timing.requestTimeoutMs ?? PRODUCTION_TIMING.requestTimeoutMs), logger, token)
    },
    log: { debug: () => {
    }, info: () => {
    }, warn: (m) => logger.debug(m), error: (m) => logger.debug(m) },
    ...pluginOptions(purpose, timing, logger),
    networkRetry: { logger, timing }
  });
  return octokit.hook.before("request", (request2) => {
    isGraphQL(request2.url) || (request2.headers["x-github-api-version"] = GITHUB_API_VERSION);
  }), octokit.hook.wrap(
    "request",
    (request2, endpoint2) => isGraphQL(endpoint2.url) ? request2(endpoint2) : conditionalGet(conditionalCache, request2, endpoint2, octokit.request.endpoint.parse)
  ), octokit;
}
var isGraphQL = (url) => /\/graphql$/.test(url);

// src/credit/alias-rounds.ts
var ATTEMPTS_PER_ALIAS = 2;
async function runAliasRounds(items, send, nextBatch, rank = () => 0) {
  let outcome2 = { answers: [], failures: [], requests: 0 }, queue = (asks) => asks.map((ask, i) => ({ ask, i })).sort((a, b) => rank(a.ask.item) - rank(b.ask.item) || a.i - b.i), pending = queue(items.map((item) => ({ item, tries: 0 }))).map(({ ask }) => ask);
  for (; pending.length > 0; ) {
    let size = Math.min(pending.length, Math.max(1, nextBatch(pending.map((ask) => ask.item)))), batch = pending.slice(0, size), later = pending.slice(size);
    outcome2.requests++;
    let answers;
    try {
      answers = await send(batch.map((ask) => ask.item));
    } catch (error) {
      if (error instanceof UserError) throw error;
      let reason = error instanceof Error ? error.message : String(error);
      for (let ask of batch) outcome2.failures.push({ item: ask.item, reason });
      pending = later;
      continue;
    }
    let added = [];
    batch.forEach((ask, i) => {
      let answer = answers[i] ?? { ok: !1, reason: "no answer" };
      if (answer.ok) {
        outcome2.answers.push({ item: ask.item, value: answer.value });
        for (let followUp of answer.followUps ?? []) added.push({ item: followUp, tries: 0 });
      } else ask.tries + 1 < ATTEMPTS_PER_ALIAS ? added.push({ item: ask.item, tries: ask.tries + 1 }) : outcome2.failures.push({ item: ask.item, reason: answer.reason });
    }), pending = queue([...later, ...added]).map(({ ask }) => ask);
  }
  return outcome2;
}

// src/credit/batch-plan.ts
function pointsForUnits(units) {
  return Math.max(1, Math.round(units / 100));
}
function levelSizes(limits) {
  let levels = [];
  for (let size = 1; size <= limits.maxBatchSize; size++) {
    let points = pointsForUnits(size * limits.unitsPerItem), last = levels[levels.length - 1];
    last && last.points === points ? last.size = size : levels.push({ points, size });
  }
  return levels;
}
function planBatchSizes(count2, limits) {
  if (count2 <= 0) return [];
  if (limits.maxBatchSize < 1 || limits.unitsPerItem < 0) throw new Error("planBatchSizes: bad limits");
  let levels = levelSizes(limits), budget = Math.max(limits.maxBatches, Math.ceil(count2 / limits.maxBatchSize)), full = budget > limits.maxBatches ? Math.max(0, budget - mostPartialBatches(levels)) : 0, rest = cheapestLevels(count2 - full * limits.maxBatchSize, budget - full, levels);
  return trimToCount([...Array.from({ length: full }, () => limits.maxBatchSize), ...rest.map((i) => levels[i].size)], count2);
}
function mostPartialBatches(levels) {
  if (levels.length < 2) return 1;
  let largest = levels[levels.length - 1].size;
  return Math.floor((largest - 1) / (largest - levels[levels.length - 2].size)) + 1;
}
function cheapestLevels(count2, budget, levels) {
  if (count2 <= 0) return [];
  let kinds = levels.length, width = budget * levels[kinds - 1].points + 1, items = new Int32Array(width).fill(-1), uses = new Int32Array(width * kinds);
  items[0] = 0;
  let found = new Int32Array(width * kinds), cheapest = width;
  for (let batches = 1; batches <= budget && batches < cheapest; batches++) {
    let nextItems = new Int32Array(width).fill(-1), nextUses = new Int32Array(width * kinds);
    for (let p = 0; p < cheapest; p++) {
      let chosen2 = -1;
      for (let k = 0; k < kinds; k++) {
        let from2 = p - levels[k].points;
        if (from2 < 0 || items[from2] < 0) continue;
        let carried = items[from2] + levels[k].size;
        carried > nextItems[p] && (nextItems[p] = carried, chosen2 = k);
      }
      if (chosen2 < 0) continue;
      let from = (p - levels[chosen2].points) * kinds;
      nextUses.set(uses.subarray(from, from + kinds), p * kinds), nextUses[p * kinds + chosen2]++, nextItems[p] >= count2 && (found.set(nextUses.subarray(p * kinds, p * kinds + kinds), p * kinds), cheapest = p);
    }
    items = nextItems, uses = nextUses;
  }
  if (cheapest === width) throw new Error("planBatchSizes: no plan found");
  let chosen = [];
  for (let k = 0; k < kinds; k++) for (let n = 0; n < found[cheapest * kinds + k]; n++) chosen.push(k);
  return chosen;
}
function trimToCount(sizes, count2) {
  let sorted = [...sizes].sort((a, b) => b - a), excess = sorted.reduce((sum, size) => sum + size, 0) - count2;
  for (let i = sorted.length - 1; i >= 0 && excess > 0; i--) {
    let cut2 = Math.min(excess, sorted[i] - 1);
    sorted[i] -= cut2, excess -= cut2;
  }
  return sorted.sort((a, b) => b - a);
}

// src/credit/checkout-history.ts
import { realpath } from "node:fs/promises";

// src/credit/checkout-log.ts
var FIELDS = ["%H", "%cI", "%an", "%ae", "%B", "%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1f)"];
function checkoutLogArgs(commit, paths) {
  return [
    "-c",
    "log.showSignature=false",
    "-c",
    "log.showRoot=true",
    "-c",
    "i18n.logOutputEncoding=UTF-8",
    "--no-replace-objects",
    "log",
    "-z",
    "-c",
    "--no-renames",
    "--name-only",
    `--format=%x00%x00${FIELDS.join("%x00")}`,
    commit,
    "--",
    ...paths
  ];
}
var OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function gitHubDateTime(iso) {
  let time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function parseCheckoutLog(output, paths) {
  let asked = new Set(paths), tokens = output.split("\0"), commits = [], i = 0;
  for (; i < tokens.length; ) {
    if (tokens[i] === "" && tokens[i + 1] === "" && OID.test(tokens[i + 2] ?? "")) {
      let [oid, committed, name, email, body, trailers] = tokens.slice(i + 2, i + 8), date = gitHubDateTime(committed ?? "");
      if (trailers === void 0 || date === null) throw new Error(`git log: a record of ${oid} is cut short`);
      let coAuthors = trailers.split("").map(parseContact).filter((c) => c !== null);
      commits.push({ oid, date, headline: body.split(`
`)[0], authors: [{ name, email }, ...coAuthors], files: [] }), i += 8;
      continue;
    }
    let token = tokens[i++];
    if (token === "") continue;
    let file = asked.has(token) ? token : token.startsWith(`
`) && asked.has(token.slice(1)) ? token.slice(1) : null, current2 = commits.at(-1);
    if (file === null || !current2) throw new Error(`git log: unexpected output ${JSON.stringify(token.slice(0, 80))}`);
    current2.files.push(file);
  }
  return commits;
}

// src/credit/checkout-history.ts
var unusable = (reason) => ({ usable: !1, reason });
async function readCheckoutHistory(dir, paths, commit) {
  let facts;
  try {
    facts = (await runGit(dir, ["rev-parse", "--show-toplevel", "--is-shallow-repository", "HEAD"])).trim().split(`
`);
  } catch (error) {
    return unusable(`the source folder is not a git checkout (${error.message})`);
  }
  let [top, shallow, head] = facts, [here, root] = await Promise.all([realpath(dir), realpath(top ?? "").catch(() => "")]);
  if (here !== root) return unusable(`the source folder is not the root of its git checkout (${top})`);
  if (shallow === "true") return unusable("the source checkout is a shallow clone");
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head ?? "")) return unusable("the source checkout has no HEAD commit");
  if (commit !== void 0 && !(/^[0-9a-f]{7,64}$/i.test(commit) && head.startsWith(commit.toLowerCase())))
    return unusable(`the checkout's HEAD ${head.slice(0, 7)} is not the source commit ${commit.slice(0, 7)}`);
  let commits;
  try {
    commits = parseCheckoutLog(await runGit(dir, checkoutLogArgs(head, paths)), paths);
  } catch (error) {
    return unusable(`the checkout's history could not be read (${error.message})`);
  }
  let files = new Map(paths.map((path3) => [path3, []]));
  for (let entry of commits) for (let file of entry.files) files.get(file)?.push(entry.oid);
  let unknown = paths.filter((path3) => files.get(path3)?.length === 0);
  if (unknown.length > 0) {
    let shown = unknown.slice(0, 3).join(", ") + (unknown.length > 3 ? `, and ${unknown.length - 3} more` : "");
    return unusable(`the checkout's history has no commit of ${shown}`);
  }
  return { usable: !0, history: { head, commits, files } };
}

// src/credit/github-parse.ts
function parseHistoryPage(raw) {
  let history = raw;
  if (!history || !Array.isArray(history.nodes)) return null;
  let oids = history.nodes.map((node) => node?.oid).filter((oid) => typeof oid == "string"), next = history.pageInfo?.hasNextPage ? history.pageInfo.endCursor ?? null : null;
  return history.pageInfo?.hasNextPage && !next ? null : { oids, next };
}
function wellFormed(text2) {
  return text2 === null ? null : Buffer.from(text2, "utf8").toString("utf8");
}
function account(raw, typeWhenUnknown, webUrl) {
  return raw.login ? {
    login: raw.login,
    name: wellFormed(raw.name ?? null),
    // Every Actor has a url; the fallback only guards against a trimmed answer.
    url: raw.url ?? `${webUrl}/${raw.login}`,
    type: raw.__typename ?? typeWhenUnknown
  } : null;
}
function parseAuthors(raw, webUrl) {
  let commit = raw;
  if (!commit || !Array.isArray(commit.authors?.nodes)) return null;
  let authors = [];
  for (let node of commit.authors.nodes)
    node && authors.push({
      name: wellFormed(node.name ?? ""),
      email: node.email ?? "",
      // A commit author's account is always a User in GitHub's schema.
      user: node.user ? account(node.user, "User", webUrl) : null
    });
  return authors;
}
function parseReviewers(raw, webUrl) {
  let commit = raw, reviewers = [];
  for (let pull of commit?.associatedPullRequests?.nodes ?? [])
    for (let review of pull?.reviews?.nodes ?? [])
      reviewers.push(review?.author ? account(review.author, "User", webUrl) : null);
  return reviewers;
}
function parseCommit(raw, webUrl) {
  let commit = raw, authors = parseAuthors(raw, webUrl);
  return !commit || typeof commit.oid != "string" || !authors ? null : { oid: commit.oid, authors, reviewers: parseReviewers(raw, webUrl) };
}
function parseCommitSummary(raw) {
  let commit = raw;
  return !commit || typeof commit.oid != "string" || typeof commit.committedDate != "string" ? null : {
    oid: commit.oid,
    date: commit.committedDate,
    headline: wellFormed(commit.messageHeadline ?? ""),
    ...typeof commit.url == "string" ? { url: commit.url } : {}
  };
}
function aliasOfError(error, pattern) {
  for (let part of error.path ?? []) if (typeof part == "string" && pattern.test(part)) return part;
  return null;
}

// src/credit/github-queries.ts
var AUTHORS = "authors(first: 50) { nodes { name email user { login name url } } }", REVIEWS = `associatedPullRequests(first: 1) {
    nodes {
      number
      reviews(first: 100) { nodes { author { __typename login url ... on User { name } } } }
    }
  }`, historyAlias = (index) => `f${index}`, commitAlias = (index) => `c${index}`;
function creditQuery(repo, histories, oids) {
  let operation = oids.length === 0 ? "CommitHistory" : histories.length === 0 ? "CommitDetails" : "CommitHistoryAndDetails", declarations = [
    ...histories.length > 0 ? ["$ref: String!"] : [],
    ...histories.map((_, i) => `$p${i}: String!, $a${i}: String`),
    ...oids.map((_, i) => `$c${i}: String!`)
  ].join(", "), fields = [
    ...histories.map(
      (_, i) => `${historyAlias(i)}: object(expression: $ref) { ... on Commit { history(first: 100, path: $p${i}, after: $a${i}) { pageInfo { hasNextPage endCursor } nodes { oid } } } }`
    ),
    ...oids.map((_, i) => `${commitAlias(i)}: object(expression: $c${i}) { ...CommitCredit }`)
  ].join(`
    `), fragment = oids.length === 0 ? "" : `

fragment CommitCredit on Commit {
  oid
  committedDate
  messageHeadline
  url
  ${AUTHORS}
  ${REVIEWS}
}`, query2 = `query ${operation}($owner: String!, $name: String!, ${declarations}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}${fragment}`, variables = { owner: repo.owner, name: repo.name };
  return histories.length > 0 && (variables.ref = repo.ref), histories.forEach((ask, i) => {
    variables[`p${i}`] = ask.path, variables[`a${i}`] = ask.after;
  }), oids.forEach((oid, i) => variables[`c${i}`] = oid), { operation, query: query2, variables };
}
function commitLookupQuery(repo, lookups, checkRef) {
  let withAuthors = lookups.some((lookup) => lookup.authors), declarations = [...checkRef === null ? [] : ["$ref: String!"], ...lookups.map((_, i) => `$c${i}: GitObjectID!`)].join(", "), fields = [
    ...checkRef === null ? [] : ["head: object(expression: $ref) { oid }"],
    ...lookups.map(
      (lookup, i) => `${commitAlias(i)}: object(oid: $c${i}) { ...CommitReviews${lookup.authors ? " ...CommitAuthors" : ""} }`
    )
  ].join(`
    `), query2 = `query CommitLookup($owner: String!, $name: String!${declarations ? `, ${declarations}` : ""}) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    url
    ${fields}
  }
}

fragment CommitReviews on Commit {
  oid
  ${REVIEWS}
}${withAuthors ? `

fragment CommitAuthors on Commit {
  ${AUTHORS}
}` : ""}`, variables = { owner: repo.owner, name: repo.name };
  return checkRef !== null && (variables.ref = checkRef), lookups.forEach((lookup, i) => variables[commitAlias(i)] = lookup.oid), { operation: "CommitLookup", query: query2, variables };
}

// src/credit/graphql-answer.ts
function answerRepository(answer, repository2) {
  let data = answer.data?.repository, notFound = answer.errors.find((e) => e.type === "NOT_FOUND" && e.path?.length === 1 && e.path[0] === "repository");
  if (data === null && notFound) throw new UserError(`source repository ${repository2} not found, or the token cannot read it`);
  return data;
}
function errorsByAlias(errors, aliasPattern) {
  let byAlias = /* @__PURE__ */ new Map();
  for (let error of errors) {
    let alias = aliasOfError(error, aliasPattern) ?? "*", message2 = error.message ?? "GraphQL error";
    byAlias.set(alias, byAlias.has(alias) ? `${byAlias.get(alias)}; ${message2}` : message2);
  }
  return byAlias;
}

// src/credit/checkout-credit.ts
var MAX_LOOKUPS_PER_QUERY = 300, MIN_LOOKUPS_PER_QUERY = 25, NotCredited = class extends UserError {
}, authorsOf = (commit) => commit.authors.slice(0, 50);
function emailLookups(commits) {
  let emailsOf = commits.map((commit) => [...new Set(authorsOf(commit).map((author) => author.email))]), left = new Set(emailsOf.flat()), chosen = /* @__PURE__ */ new Map();
  for (; left.size > 0; ) {
    let best = 0, most = 0;
    emailsOf.forEach((emails2, i) => {
      let count2 = emails2.filter((email) => left.has(email)).length;
      count2 > most && ([best, most] = [i, count2]);
    });
    let emails = emailsOf[best].filter((email) => left.has(email));
    for (let email of emails) left.delete(email);
    chosen.set(commits[best].oid, emails);
  }
  return chosen;
}
function accountOf(authors, email) {
  let found = authors.find((a) => a.email === email) ?? authors.find((a) => a.email.toLowerCase() === email.toLowerCase());
  return found ? found.user : void 0;
}
async function readCheckoutCredit(history, repository2, ask, checkRef, logger) {
  let askedFor = emailLookups(history.commits), looked;
  try {
    looked = await lookUpCommits(history, askedFor, repository2, ask, checkRef, logger);
  } catch (error) {
    if (error instanceof NotCredited) return { notCredited: error.message };
    throw error;
  }
  let { records, summaries, commitFailures } = commitRecords(history.commits, accountsAndReviewers(looked.outcome, askedFor), looked.url);
  return {
    reading: {
      histories: history.files,
      historyFailures: /* @__PURE__ */ new Map(),
      records,
      summaries,
      commitFailures,
      commits: history.commits.length
    }
  };
}
async function lookUpCommits(history, askedFor, repository2, ask, checkRef, logger) {
  let lookups = history.commits.map((commit) => ({ oid: commit.oid, authors: askedFor.has(commit.oid) })), refToCheck = checkRef, limit = MAX_LOOKUPS_PER_QUERY, url = `${repository2.webUrl}/${repository2.owner}/${repository2.name}`, answered = 0;
  return { outcome: await runAliasRounds(lookups, async (batch) => {
    let answer = await ask(commitLookupQuery(repository2, batch, refToCheck)), found = answerRepository(answer, repository2.fullName);
    refToCheck !== null && found && (checkHead(found, history.head, refToCheck, repository2.fullName), refToCheck = null), typeof found?.url == "string" && (url = found.url);
    let answers = lookupAnswers(batch, found, errorsByAlias(answer.errors, /^c\d+$/), repository2);
    return answers.every((a) => !a.ok) && (limit = Math.max(MIN_LOOKUPS_PER_QUERY, Math.floor(limit / 2))), answered += answers.filter((a) => a.ok).length, logger.info(`contributors: looked up ${answered}/${lookups.length} commits`), answers;
  }, (pending) => Math.ceil(pending.length / Math.ceil(pending.length / limit))), url };
}
function checkHead(found, head, ref, fullName) {
  let onGitHub = found.head?.oid;
  if (onGitHub !== head)
    throw new NotCredited(
      typeof onGitHub == "string" ? `the checkout's HEAD ${head.slice(0, 7)} is not ${ref} (${onGitHub.slice(0, 7)} on GitHub)` : `ref '${ref}' was not found in ${fullName}`
    );
}
function lookupAnswers(batch, found, errors, repository2) {
  return batch.map((lookup, i) => {
    let raw = found?.[commitAlias(i)], authors = lookup.authors ? parseAuthors(raw, repository2.webUrl) : null;
    return typeof raw?.oid != "string" || lookup.authors && !authors ? { ok: !1, reason: errors.get(commitAlias(i)) ?? errors.get("*") ?? `commit ${lookup.oid} is not in ${repository2.fullName} on GitHub` } : { ok: !0, value: { reviewers: parseReviewers(raw, repository2.webUrl), authors } };
  });
}
function accountsAndReviewers(outcome2, askedFor) {
  let found = { reviewers: /* @__PURE__ */ new Map(), accounts: /* @__PURE__ */ new Map(), emailFailures: /* @__PURE__ */ new Map(), lookupFailures: /* @__PURE__ */ new Map() };
  for (let { item, value } of outcome2.answers) {
    found.reviewers.set(item.oid, value.reviewers);
    for (let email of askedFor.get(item.oid) ?? []) {
      let account2 = accountOf(value.authors ?? [], email);
      account2 === void 0 ? found.emailFailures.set(email, `GitHub does not list ${email} among the authors of ${item.oid.slice(0, 7)}`) : found.accounts.set(email, account2);
    }
  }
  for (let { item, reason } of outcome2.failures) {
    found.lookupFailures.set(item.oid, reason);
    for (let email of askedFor.get(item.oid) ?? []) found.emailFailures.set(email, `the authors of ${item.oid.slice(0, 7)}: ${reason}`);
  }
  return found;
}
function commitRecords(commits, found, repositoryUrl) {
  let records = /* @__PURE__ */ new Map(), summaries = /* @__PURE__ */ new Map(), commitFailures = /* @__PURE__ */ new Map();
  for (let commit of commits) {
    summaries.set(commit.oid, {
      oid: commit.oid,
      date: commit.date,
      headline: commit.headline,
      url: `${repositoryUrl}/commit/${commit.oid}`
    });
    let unknown = authorsOf(commit).find((author) => !found.accounts.has(author.email)), failure = found.lookupFailures.get(commit.oid) ?? (unknown && (found.emailFailures.get(unknown.email) ?? `no account asked for ${unknown.email}`));
    if (failure) {
      commitFailures.set(commit.oid, failure);
      continue;
    }
    let authors = authorsOf(commit).map((author) => ({ ...author, user: found.accounts.get(author.email) ?? null }));
    records.set(commit.oid, { oid: commit.oid, authors, reviewers: found.reviewers.get(commit.oid) ?? [] });
  }
  return { records, summaries, commitFailures };
}

// src/credit/credit-reading.ts
function creditReading(paths, reading, rules, result) {
  for (let path3 of paths) {
    let historyFailure = reading.historyFailures.get(path3), oids = reading.histories.get(path3) ?? [], missing = oids.filter((oid) => !reading.records.has(oid));
    if (historyFailure)
      result.failures.push({ path: path3, reason: `history of ${path3} could not be read: ${historyFailure}` });
    else if (missing.length > 0) {
      let reasons = [...new Set(missing.map((oid) => reading.commitFailures.get(oid) ?? "no answer"))], shown = missing.slice(0, 3).map((oid) => oid.slice(0, 7)).join(", ");
      result.failures.push({
        path: path3,
        reason: `details of ${missing.length} commit(s) of ${path3} (${shown}${missing.length > 3 ? ", ..." : ""}) could not be read: ${reasons.join("; ")}`
      });
    } else {
      let history = oids.map((oid) => reading.records.get(oid)), { contributors, changedBy } = creditWithRules(history, rules);
      result.contributors.set(path3, contributors), changedBy.length > 0 && (result.changedBy ??= /* @__PURE__ */ new Map()).set(path3, changedBy);
      let summaries = oids.map((oid) => reading.summaries.get(oid));
      if (summaries.every((summary) => summary !== void 0)) {
        let rewrite = rules.rewriter(), withAuthors = summaries.map((summary, i) => ({ ...summary, authors: commitPeople(history[i], rewrite) }));
        (result.history ??= /* @__PURE__ */ new Map()).set(path3, withAuthors);
      }
    }
  }
}

// src/github/graphql.ts
function statusOf(error) {
  let status = error?.status;
  return typeof status == "number" ? status : void 0;
}
async function sendQuery(client, request2, about) {
  try {
    return { data: await client.graphql(request2.query, request2.variables), errors: [] };
  } catch (error) {
    let partial = error;
    if (partial?.name === "GraphqlResponseError") return { data: partial.data ?? null, errors: partial.errors ?? [] };
    let status = statusOf(error);
    if (status === 401)
      throw new UserError((name) => `GitHub rejected the token (HTTP 401) reading ${about.repository}: check ${name("token")}`);
    let body = error.response?.data;
    if (body?.data && Array.isArray(body.errors)) return { data: body.data, errors: body.errors };
    let badToken = headerFailure(error);
    if (badToken) throw new UserError(badToken);
    let unanswered = noAnswerMessage(error, about.apiUrl);
    if (unanswered) throw new Error(unanswered);
    let message2 = error instanceof Error ? error.message : String(error);
    throw new Error(status ? `GitHub answered HTTP ${status}: ${message2}` : `request to GitHub failed: ${message2}`);
  }
}
function query(client, document, variables) {
  return client.graphql(document, variables);
}

// src/credit/github-provider.ts
var DEFAULT_REQUEST_BUDGET = 10, MAX_COMMITS_PER_QUERY = 120, GitHubContributorProvider = class {
  /**
   * Reads the history of `source.repository` at `source.ref`, or of the checkout at
   * `source.dir` when it can stand for it; the contributors file's aliases and exclusions
   * (`rules`) apply as it credits. `client`: a read client made elsewhere (tests).
   */
  constructor(context, source, rules = IdentityRules.NONE, client = createGitHubClient(context, "read")) {
    this.context = context;
    this.source = source;
    this.rules = rules;
    this.client = client;
    this.repo = {
      ...parseRepositoryName(source.repository, "source-repository"),
      fullName: source.repository,
      ref: source.ref,
      webUrl: webUrlFor(context.github.apiUrl)
    };
  }
  context;
  source;
  rules;
  client;
  kind = "github";
  repo;
  async credit(sourcePaths) {
    let started = Date.now(), paths = [...new Set(sourcePaths)], result = { contributors: /* @__PURE__ */ new Map(), failures: [], stats: { requests: 0, points: 0 }, history: /* @__PURE__ */ new Map() };
    if (paths.length === 0) return result;
    let spent = { requests: 0, points: 0, remaining: void 0 }, ask = async (request2) => {
      spent.requests++;
      let answer = await this.send(request2), rateLimit = answer.data?.rateLimit;
      typeof rateLimit?.cost == "number" && (spent.points += rateLimit.cost), typeof rateLimit?.remaining == "number" && (spent.remaining = rateLimit.remaining);
      let aliases = Object.keys(request2.variables).filter((key2) => /^[pc]\d+$/.test(key2)).length;
      return this.context.logger.debug(
        `GraphQL ${request2.operation}: ${aliases} aliases, cost ${rateLimit?.cost ?? "?"}, ${rateLimit?.remaining ?? "?"} points left` + (answer.errors.length > 0 ? `, ${answer.errors.length} error(s)` : "")
      ), answer;
    }, checkout = await this.readFromCheckout(paths, ask), reading = checkout?.reading ?? await this.readCredit(paths, ask);
    result.stats = { requests: spent.requests, points: spent.points }, creditReading(paths, reading, this.rules, result);
    let seconds2 = ((Date.now() - started) / 1e3).toFixed(1), remaining = spent.remaining === void 0 ? "" : `, ${spent.remaining} left this hour`, from = checkout ? `the checkout's history (${reading.commits} commits to ${checkout.head.slice(0, 7)}), accounts and reviews of ${this.source.repository} in` : `${reading.commits} commits of ${this.source.repository}@${this.repo.ref} in`;
    if (this.context.logger.info(
      `contributors: ${result.contributors.size}/${paths.length} files credited from ${from} ${result.stats.requests} GraphQL requests, ${result.stats.points} points${remaining}, ${seconds2}s`
    ), result.failures.length > 0) {
      this.context.logger.warning(
        `contributors: could not credit ${result.failures.length} file(s): ${result.failures.map((f) => f.path).join(", ")}`
      );
      for (let failure of result.failures) this.context.logger.debug(failure.reason);
    }
    return result;
  }
  /**
   * The credit read from the checkout's history, when it can stand for GitHub's (see
   * checkout-history.ts); else null, after one notice saying why and how to have it.
   */
  async readFromCheckout(paths, ask) {
    let { dir, commit } = this.source;
    if (dir === void 0) return null;
    let local = await readCheckoutHistory(dir, paths, commit), read = local.usable ? (
      // Without a source commit, the one credited is where the ref points on GitHub.
      await readCheckoutCredit(local.history, this.repo, ask, commit === void 0 ? this.repo.ref : null, this.context.logger)
    ) : { notCredited: local.reason };
    return "reading" in read ? { reading: read.reading, head: local.usable ? local.history.head : "" } : (this.context.logger.notice(
      `contributors: ${read.notCredited}, so each file's commit history is read from GitHub's API. With the whole history checked out (actions/checkout with fetch-depth: 0), git reads it and GitHub is asked only about accounts and reviews: fewer requests and points.`
    ), null);
  }
  /**
   * Every file's commit oids (newest first, following pages past 100) and the credit details of
   * each distinct commit, once. A query carries whatever is pending: the first only histories,
   * the later ones commit details plus the next pages of long histories, planned for the
   * fewest points within the request budget.
   */
  async readCredit(paths, ask) {
    let seen = /* @__PURE__ */ new Set(), sent = 0, credited = 0, commitAsks = (oids) => {
      let fresh = oids.filter((oid) => !seen.has(oid));
      for (let oid of fresh) seen.add(oid);
      return fresh.map((oid) => ({ kind: "commit", oid }));
    }, send = async (batch) => {
      sent++;
      let histories = batch.filter((item) => item.kind === "history"), oids = batch.filter((item) => item.kind === "commit").map((item) => item.oid), answer = await ask(creditQuery(this.repo, histories, oids)), repository2 = answerRepository(answer, this.source.repository), errors = errorsByAlias(answer.errors, /^[fc]\d+$/), targets = histories.map((_, i) => repository2?.[historyAlias(i)]);
      if (repository2 && histories.length > 0 && answer.errors.length === 0 && targets.every((target) => target === null))
        throw new UserError(`ref '${this.repo.ref}' not found in ${this.source.repository}`);
      let historyAnswers = histories.map((item, i) => {
        let page = parseHistoryPage(targets[i]?.history);
        if (!page) return { ok: !1, reason: errors.get(historyAlias(i)) ?? errors.get("*") ?? "no history in the answer" };
        let nextPage = page.next ? [{ kind: "history", path: item.path, after: page.next }] : [];
        return { ok: !0, value: { kind: "history", page }, followUps: [...nextPage, ...commitAsks(page.oids)] };
      }), commitAnswers = oids.map((oid, i) => {
        let raw = repository2?.[commitAlias(i)], record = parseCommit(raw, this.repo.webUrl);
        return record ? { ok: !0, value: { kind: "commit", answer: { record, summary: parseCommitSummary(raw) } } } : { ok: !1, reason: errors.get(commitAlias(i)) ?? errors.get("*") ?? `commit ${oid} not found` };
      });
      credited += commitAnswers.filter((a) => a.ok).length, oids.length > 0 && seen.size > oids.length && this.context.logger.info(`contributors: credited ${credited}/${seen.size} commits`);
      let answers = [...historyAnswers, ...commitAnswers];
      return batch.map((item) => answers[item.kind === "history" ? histories.indexOf(item) : histories.length + oids.indexOf(item.oid)]);
    }, outcome2 = await runAliasRounds(
      paths.map((path3) => ({ kind: "history", path: path3, after: null })),
      send,
      (pending) => this.nextBatch(pending, sent),
      // History pages first: their answers name the commits still to ask.
      (item) => item.kind === "history" ? 0 : 1
    );
    return readingOf(outcome2, seen.size);
  }
  /**
   * How many pending asks the next query carries: the first batch of the cheapest plan for all
   * of them within what is left of the request budget. A history page costs 1 unit, a commit
   * 3, so the histories are counted as commits (3 pages as one) for the plan.
   */
  nextBatch(pending, sent) {
    let pages = pending.filter((item) => item.kind === "history").length, commits = pending.length - pages, items = Math.ceil(pages * 1 / 3) + commits, [first] = planBatchSizes(items, {
      unitsPerItem: 3,
      maxBatchSize: MAX_COMMITS_PER_QUERY,
      maxBatches: Math.max(1, DEFAULT_REQUEST_BUDGET - sent)
    }), units = 0, count2 = 0;
    for (let item of pending) {
      if (units += item.kind === "history" ? 1 : 3, units > first * 3) break;
      count2++;
    }
    return count2;
  }
  /** One GraphQL request; partial answers (errors next to data) come back as data + errors. */
  send(request2) {
    return sendQuery(this.client, request2, { repository: this.source.repository, apiUrl: this.context.github.apiUrl });
  }
};
function readingOf(outcome2, commits) {
  let histories = /* @__PURE__ */ new Map(), historyFailures = /* @__PURE__ */ new Map(), records = /* @__PURE__ */ new Map(), summaries = /* @__PURE__ */ new Map(), commitFailures = /* @__PURE__ */ new Map();
  for (let { item, value } of outcome2.answers)
    item.kind === "history" && value.kind === "history" && histories.set(item.path, [...histories.get(item.path) ?? [], ...value.page.oids]), item.kind === "commit" && value.kind === "commit" && (records.set(item.oid, value.answer.record), value.answer.summary && summaries.set(item.oid, value.answer.summary));
  for (let { item, reason } of outcome2.failures)
    item.kind === "history" ? historyFailures.set(item.path, reason) : commitFailures.set(item.oid, reason);
  for (let path3 of historyFailures.keys()) histories.delete(path3);
  return { histories, historyFailures, records, summaries, commitFailures, commits };
}

// src/credit/none-provider.ts
var NoContributorProvider = class {
  constructor(kind = "none") {
    this.kind = kind;
  }
  kind;
  credit(sourcePaths) {
    return Promise.resolve({
      contributors: new Map(sourcePaths.map((path3) => [path3, []])),
      failures: [],
      stats: { requests: 0, points: 0 }
    });
  }
};

// src/credit/create-provider.ts
function createContributorProvider(kind, source, context, rules) {
  switch (kind) {
    case "none":
    case "keep":
      return new NoContributorProvider(kind);
    case "git":
      return new GitContributorProvider(source, context.logger, rules);
    case "github":
      if (!context.github.token)
        throw new OptionError("contributors", (name) => `github needs a token to read the commit history: set ${name("token")}`);
      return new GitHubContributorProvider(context, source, rules);
    default:
      throw new OptionError("contributors", `unknown provider '${kind}': use ${CONTRIBUTOR_KINDS.join(", ")}`);
  }
}

// src/credit/additions.ts
function additionsOf(file) {
  return (file?.add ?? []).map((entry) => ({
    label: `add "${entry.name}"`,
    person: { name: entry.name, url: entry.url },
    globs: entry.pages.map((pattern) => pageGlob(pattern))
  }));
}
function withAdditions(pagePath, list2, additions) {
  let out = list2.map((c) => ({ ...c })), changedBy = [];
  for (let addition of additions)
    addition.globs.some((glob) => glob.test(pagePath)) && (out.some((c) => c.name === addition.person.name) || (out.push({ ...addition.person }), changedBy.push(addition.label)));
  return { list: out, changedBy };
}
function unmatchedPatterns(file, pagePaths) {
  let unmatched = [];
  return file?.add.forEach(
    (entry, i) => entry.pages.forEach((pattern, j) => {
      let glob = pageGlob(pattern);
      pagePaths.some((p) => glob.test(p)) || unmatched.push(`add[${i}].pages[${j}] "${pattern}"`);
    })
  ), unmatched;
}

// src/credit/rule-report.ts
function ruleLabels(file) {
  return [
    ...file.aliases.map((a) => `alias "${a.name}"`),
    ...file.exclude.map((text2) => `exclude "${text2}"`),
    ...file.add.map((a) => `add "${a.name}"`)
  ];
}
function buildRuleReport(file, changedBy, unmatched) {
  let pagesOf = new Map(ruleLabels(file).map((label) => [label, []]));
  for (let [page, labels] of changedBy) for (let label of labels) pagesOf.get(label)?.push(page);
  return { file: file.file, rules: [...pagesOf].map(([rule, pages]) => ({ rule, pages: pages.sort() })), unmatched };
}

// src/credit/apply-contributors-file.ts
function applyContributorsFile(pages, result, file, logger) {
  if (!file) return { pages: [...pages], rules: null };
  let additions = additionsOf(file), changedBy = /* @__PURE__ */ new Map(), out = pages.map((page) => {
    if (page.creditPath === null || page.contributors === null || !result.contributors.has(page.creditPath)) return page;
    let added = withAdditions(page.path, page.contributors, additions), rules = [...result.changedBy?.get(page.creditPath) ?? [], ...added.changedBy];
    return rules.length > 0 && changedBy.set(page.path, rules), added.changedBy.length > 0 ? { ...page, contributors: added.list } : page;
  }), listing = pages.filter((page) => page.creditPath !== null).map((page) => page.path), unmatched = unmatchedPatterns(file, listing);
  for (let pattern of unmatched) logger.warning(`${pattern} names no page that lists contributors`, { file: file.file });
  return { pages: out, rules: buildRuleReport(file, changedBy, unmatched) };
}

// src/credit/credit-pages.ts
function applyCredits(pages, result, kind, logger) {
  let credited = 0, out = pages.map((page) => {
    let contributors = page.creditPath === null ? void 0 : result.contributors.get(page.creditPath);
    return contributors ? (credited++, { ...page, contributors }) : page;
  });
  return logger.debug(`contributors (${kind}): ${credited} pages credited from ${result.contributors.size} source files`), out;
}
function applyCreditResult(pages, result, kind, file, logger) {
  return applyContributorsFile(applyCredits(pages, result, kind, logger), result, file, logger);
}

// src/credit/identity-hints.ts
var words = (name) => name.trim().toLowerCase().split(/\s+/);
function abbreviates(a, b) {
  let [x, y] = [words(a), words(b)];
  if (x.length !== y.length || x.length < 2 || a.trim().toLowerCase() === b.trim().toLowerCase()) return !1;
  let initials = 0;
  for (let i = 0; i < x.length; i++) {
    let [p, q] = [x[i].replace(/\.$/, ""), y[i].replace(/\.$/, "")];
    if (p === q) continue;
    let [short, long] = p.length <= q.length ? [p, q] : [q, p];
    if (short.length !== 1 || long[0] !== short) return !1;
    initials++;
  }
  return initials > 0 && initials < x.length;
}
function reasonFor(a, b) {
  return a.name === b.name ? a.url !== null && b.url !== null ? "the same name under two GitHub accounts" : "the same name with and without a GitHub account (a git name equal to a profile name)" : a.url !== null && a.url === b.url ? "two names for one GitHub account" : (a.url === null || b.url === null) && abbreviates(a.name, b.name) ? "one name abbreviates the other" : null;
}
var key = (c) => `${c.name}\0${c.url ?? ""}`;
function identityHints(pages) {
  let people = /* @__PURE__ */ new Map();
  for (let page of pages)
    for (let person2 of page.contributors) {
      let seen = people.get(key(person2)) ?? { person: { name: person2.name, url: person2.url }, pages: /* @__PURE__ */ new Set() };
      seen.pages.add(page.path), people.set(key(person2), seen);
    }
  let all = [...people.values()].sort((a, b) => key(a.person) < key(b.person) ? -1 : 1), hints = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      let reason = reasonFor(all[i].person, all[j].person);
      reason && hints.push({
        people: [all[i].person, all[j].person],
        reason,
        pages: [.../* @__PURE__ */ new Set([...all[i].pages, ...all[j].pages])].sort()
      });
    }
  return hints;
}

// src/credit/keep-site-contributors.ts
var import_yaml2 = __toESM(require_dist(), 1);
async function keepSiteContributors(pages, failedCreditPaths, site) {
  let result = { pages: [], kept: [], empty: [] };
  for (let page of pages) {
    if (page.creditPath === null || !failedCreditPaths.has(page.creditPath)) {
      result.pages.push(page);
      continue;
    }
    let list2 = site.files.has(page.path) ? pageContributors(await site.read(page.path)) : null;
    list2 === null ? (result.empty.push(page.path), result.pages.push(page)) : (result.kept.push(page.path), result.pages.push({ ...page, contributors: list2 }));
  }
  return result;
}
function pageContributors(pageContent) {
  let match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(pageContent);
  if (!match) return null;
  let data;
  try {
    data = import_yaml2.default.parse(match[1]);
  } catch {
    return null;
  }
  if (data === null || typeof data != "object") return null;
  let list2 = data.contributors;
  if (list2 == null) return [];
  if (!Array.isArray(list2)) return null;
  let people = [];
  for (let item of list2) {
    let { name, url } = item ?? {};
    if (typeof name != "string" || url != null && typeof url != "string") return null;
    people.push({ name, url: url ?? null });
  }
  return people;
}
function keepEverySiteList(pages, site) {
  let every = new Set(pages.flatMap((page) => page.creditPath === null ? [] : [page.creditPath]));
  return keepSiteContributors(pages, every, site);
}

// src/credit/source-commits.ts
import { execFile as execFile2 } from "node:child_process";
import { promisify as promisify2 } from "node:util";
var execFileAsync2 = promisify2(execFile2), MAX_SOURCE_COMMITS = 50, QUERY = `query SourceCommits($owner: String!, $name: String!, $until: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $until) {
      ... on Commit { history(first: ${MAX_SOURCE_COMMITS}) { nodes { oid messageHeadline committedDate } } }
    }
  }
}`;
function upTo(commits, since) {
  let at2 = commits.findIndex((c) => c.oid === since);
  return at2 >= 0 ? { commits: commits.slice(0, at2), more: !1 } : { commits, more: !0 };
}
async function listSourceCommits(since, options, context) {
  let { source } = options, until = source.commit ?? source.ref;
  try {
    if (options.credit.provider === "git") {
      let { stdout } = await execFileAsync2(
        "git",
        // `--end-of-options`: the ref is never an option, whatever it starts with.
        ["log", `--max-count=${MAX_SOURCE_COMMITS + 1}`, "--format=%H%x1f%s%x1f%cI", "--end-of-options", until, "--"],
        { cwd: source.dir, encoding: "utf8", maxBuffer: 16777216 }
      ), commits = stdout.split(`
`).filter(Boolean).map((line) => {
        let [oid, headline2, date] = line.split("");
        return { oid, headline: headline2, date };
      }), found = upTo(commits, since);
      return { commits: found.commits.slice(0, MAX_SOURCE_COMMITS), more: found.more };
    }
    if (options.credit.provider === "github" && context.github.token) {
      let { owner, name } = parseRepositoryName(source.repository, "source-repository"), client = createGitHubClient(context, "read"), nodes = (await query(client, QUERY, { owner, name, until })).repository?.object?.history?.nodes;
      return nodes ? upTo(
        nodes.map((n) => ({ oid: n.oid, headline: n.messageHeadline, date: n.committedDate })),
        since
      ) : null;
    }
    return null;
  } catch (error) {
    return context.logger.info(
      `source commits since ${since.slice(0, 7)} not listed: ${(error instanceof Error ? error.message : String(error)).split(`
`)[0]}`
    ), null;
  }
}
var HEAD_QUERY = `query SourceHead($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) { object(expression: $ref) { oid } }
}`;
async function resolveSourceCommit(options, context) {
  let { source } = options;
  if (source.commit !== void 0) return source.commit;
  try {
    let oid;
    if (options.credit.provider === "git") {
      let { stdout } = await execFileAsync2("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${source.ref}^{commit}`], {
        cwd: source.dir,
        encoding: "utf8"
      });
      oid = stdout.trim();
    } else if (options.credit.provider === "github" && context.github.token) {
      let { owner, name } = parseRepositoryName(source.repository, "source-repository");
      oid = (await query(createGitHubClient(context, "read"), HEAD_QUERY, { owner, name, ref: source.ref })).repository?.object?.oid;
    }
    return oid !== void 0 && /^[0-9a-f]{40}$/.test(oid) ? oid : void 0;
  } catch (error) {
    context.logger.info(`the commit of ${source.ref} not found: ${(error instanceof Error ? error.message : String(error)).split(`
`)[0]}`);
    return;
  }
}

// src/credit/credit-stage.ts
async function startCredit(tree, sources, alsoRead, options, context) {
  let file = await loadContributorsFile(tree, options.credit.file), log = deferredLogger(context.logger), rules = IdentityRules.fromFile(file), provider = createContributorProvider(options.credit.provider, options.source, { ...context, logger: log }, rules), history = provider.credit([...creditedSources(sources), ...alsoRead]);
  return history.catch(() => {
  }), { file, provider, history, log };
}
async function creditPages(start, rendered, scope) {
  let { logger } = scope.context;
  start.log.open();
  let read = await start.history, filed = applyCreditResult(rendered, read, start.provider.kind, start.file, logger), creditPaths = new Set(rendered.map((page) => page.creditPath)), history = { ...read, failures: read.failures.filter((failure) => creditPaths.has(failure.path)) }, shown = filed.pages.filter((page) => !scope.leftOut.has(page.language)), { pages, failures } = await keepListsOfFailedCredits(shown, history, scope), credits = {
    file: start.file?.file ?? scope.options.credit.file,
    rules: filed.rules,
    hints: identityHints(pages.flatMap((p) => p.contributors === null ? [] : [{ path: p.path, contributors: p.contributors }]))
  };
  scope.site && credits.hints.length > 0 && logger.info(
    `${credits.hints.length} pair(s) of contributor names may be one person; the summary lists them (an alias in ${credits.file} merges them)`
  );
  let sourceChanges = scope.site ? await changesSincePreviousSync(scope.site, scope) : void 0;
  return { pages, history, kind: start.provider.kind, failures, credits, ...sourceChanges ? { sourceChanges } : {} };
}
async function keepListsOfFailedCredits(credited, history, scope) {
  let { failures } = history, { logger } = scope.context;
  if (scope.options.credit.provider === "keep" && scope.site) {
    let kept2 = await keepEverySiteList(credited, scope.site);
    return logger.info(`contributors: keep: ${kept2.kept.length} page(s) keep the site's list, ${kept2.empty.length} new page(s) list nobody`), { pages: kept2.pages, failures: [] };
  }
  if (failures.length > 0 && scope.policy.failOnContributorError)
    throw new UserError(`contributor history unavailable for ${failures.length} file(s): ${failures.map((f) => f.path).join(", ")}`);
  let reasons = new Map(failures.map((f) => [f.path, f.reason])), pageFailures = credited.filter((p) => p.creditPath !== null && reasons.has(p.creditPath)).map((p) => ({ path: p.path, reason: reasons.get(p.creditPath) ?? "unknown" }));
  if (!scope.site) return { pages: credited, failures: pageFailures };
  let kept = await keepSiteContributors(credited, new Set(reasons.keys()), scope.site);
  return kept.kept.length && logger.warning(`contributor history unavailable; kept the site's current lists for: ${kept.kept.join(", ")}`), kept.empty.length && logger.warning(`contributor history unavailable for new pages, listed without contributors: ${kept.empty.join(", ")}`), { pages: kept.pages, failures: pageFailures };
}
async function changesSincePreviousSync(site, scope) {
  let previous = site.previousSync, { source } = scope.options;
  if (previous === void 0) return;
  if (previous === null || previous.sourceCommit === null || previous.repository.toLowerCase() !== source.repository.toLowerCase())
    return { previous: null, commits: null };
  if (previous.sourceCommit === source.commit) return { previous: previous.sourceCommit, commits: [] };
  let listed = await listSourceCommits(previous.sourceCommit, scope.options, scope.context);
  return { previous: previous.sourceCommit, commits: listed?.commits ?? null, ...listed?.more ? { more: !0 } : {} };
}

// src/discover/fs-source-tree.ts
import { constants } from "node:fs";
import { lstat, open, readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";

// src/shared/source-tree.ts
function sortEntries(entries) {
  return [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

// src/discover/unsafe-source.ts
var UnsafeSourceError = class extends UserError {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.name = "UnsafeSourceError";
  }
  file;
};
function refuseLink(file) {
  return new UnsafeSourceError(
    file,
    "a symbolic link: the sources must be plain files and folders (a link could publish a file of the runner, such as .git/config, on the website); remove the link or replace it with the file"
  );
}
function refuseGitPath(file) {
  return new UnsafeSourceError(file, "inside .git/: the sync never reads git's own files (they can hold the workflow's token)");
}
function isGitPath(path3) {
  return path3.split(/[\\/]/).some((part) => part.toLowerCase() === ".git");
}

// src/discover/fs-source-tree.ts
function createFsSourceTree(root) {
  let base = resolve(root), locate = (path3) => {
    if (isAbsolute(path3)) return path3;
    let inside = normalizeTreePath(path3);
    if (inside === null) throw new Error(`path leaves the source folder: ${path3}`);
    return join(base, inside);
  }, kindAt = checkedKinds(base);
  return {
    description: base,
    async list(dir) {
      return await kindAt(dir), listFolder(locate(dir));
    },
    async readBytes(file) {
      if (await kindAt(file), isAbsolute(file)) return readFile(file);
      let handle = await open(locate(file), constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
    async exists(path3) {
      return await kindAt(path3) !== null;
    },
    async isDirectory(path3) {
      return await kindAt(path3) === "directory";
    }
  };
}
function checkedKinds(base) {
  let steps = /* @__PURE__ */ new Map(), stepKind = (rel) => {
    let kind = steps.get(rel);
    return kind || (kind = lstat(join(base, rel)).then(
      (info) => {
        if (info.isSymbolicLink()) throw refuseLink(rel);
        return info.isDirectory() ? "directory" : info.isFile() ? "file" : "other";
      },
      () => null
    ), steps.set(rel, kind)), kind;
  };
  return async (path3) => {
    if (isGitPath(path3)) throw refuseGitPath(path3);
    if (isAbsolute(path3)) return kindOf(path3);
    let inside = normalizeTreePath(path3);
    if (inside === null) throw new Error(`path leaves the source folder: ${path3}`);
    if (inside === "") return "directory";
    let parts = inside.split("/"), kind = null;
    for (let i = 1; i <= parts.length; i++)
      if (kind = await stepKind(parts.slice(0, i).join("/")), kind === null || i < parts.length && kind !== "directory") return null;
    return kind === "other" ? null : kind;
  };
}
async function listFolder(folder) {
  let dirents = await readdir(folder, { withFileTypes: !0 }), entries = [];
  for (let dirent of dirents) {
    if (dirent.name.toLowerCase() === ".git") continue;
    let kind = dirent.isSymbolicLink() ? await stat(join(folder, dirent.name)).then(
      (info) => info.isDirectory() ? "directory" : "file",
      () => "file"
    ) : dirent.isDirectory() ? "directory" : dirent.isFile() ? "file" : null;
    kind && entries.push({ name: dirent.name, kind });
  }
  return sortEntries(entries);
}
async function kindOf(path3) {
  try {
    let info = await stat(path3);
    return info.isDirectory() ? "directory" : info.isFile() ? "file" : null;
  } catch {
    return null;
  }
}

// src/shared/source-text.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 });
function decodeSourceText(bytes2) {
  if (bytes2.includes(0)) return { ok: !1, reason: "binary content (contains a NUL byte)" };
  try {
    return { ok: !0, text: strictUtf8.decode(bytes2) };
  } catch {
    return { ok: !1, reason: "not valid UTF-8" };
  }
}

// src/escape/unsafe-characters.ts
var LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, HIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/, NOT_IN_NAMES = new RegExp(`${LINE_BREAKS.source}|${HIDDEN.source}|\\t`), codePoint = (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function unsafeNameCharacter(name) {
  let match = NOT_IN_NAMES.exec(name);
  if (!match) return null;
  let c = match[0][0];
  return `${new RegExp(LINE_BREAKS.source).test(c) ? "a line break" : BIDI.test(c) ? "a bidirectional control" : "a control character"} (${codePoint(c)}) at character ${match.index + 1}`;
}
function quotedName(name) {
  return JSON.stringify(name).replace(
    new RegExp(`${LINE_BREAKS.source}|${HIDDEN.source}`, "g"),
    (c) => [...c].map((one) => `\\u${one.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")
  );
}

// src/config/json-error-position.ts
function lineColumnAt(text2, offset) {
  let before = text2.slice(0, offset), lineStart = before.lastIndexOf(`
`) + 1;
  return { line: before.split(`
`).length, column: offset - lineStart + 1 };
}
function isValidBeginning(prefix) {
  try {
    return JSON.parse(prefix), !0;
  } catch (error) {
    let message2 = error.message, at2 = /at position (\d+)/.exec(message2);
    return /Unexpected end of JSON input/.test(message2) || at2 !== null && Number(at2[1]) >= prefix.length;
  }
}
function jsonErrorOffset(text2, message2) {
  let said = /at position (\d+)/.exec(message2);
  if (said) return Number(said[1]);
  if (/Unexpected end of JSON input/.test(message2)) return text2.length;
  let valid = 0, invalid = text2.length;
  for (; invalid - valid > 1; ) {
    let middle = Math.floor((valid + invalid) / 2);
    isValidBeginning(text2.slice(0, middle)) ? valid = middle : invalid = middle;
  }
  return invalid - 1;
}

// src/config/section-data.ts
function parseSectionData(text2, file, echo = ECHO_SOURCE) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    let message2 = error.message, { line, column } = lineColumnAt(text2, jsonErrorOffset(text2, message2));
    throw new UserError(`${file}:${line}:${column}: invalid JSON: ${echo.parserMessage(message2)}`);
  }
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a JSON list of sections, got ${describe(data, echo)}`);
  if (data.length === 0) throw new UserError(`${file}: lists no sections`);
  let seen = /* @__PURE__ */ new Map();
  return data.map((entry, position) => {
    let at2 = `[${position}]`;
    if (!isRecord(entry)) throw fieldError(file, at2, `must be an object, got ${describe(entry, echo)}`);
    let group = requireString(entry, "learning_path_group", file, at2, echo);
    if (group.trim() === "") throw fieldError(file, `${at2}.learning_path_group`, "is empty");
    let dirName = checkDirName(requireString(entry, "dirName", file, at2, echo), file, `${at2}.dirName`, echo), earlier = seen.get(dirName);
    if (earlier !== void 0) throw fieldError(file, `${at2}.dirName`, `${echo.value(dirName)} repeats [${earlier}].dirName`);
    seen.set(dirName, position);
    let workbook = checkName(requireString(entry, "workbook", file, at2, echo), file, `${at2}.workbook`);
    if (workbook !== "" && normalizeTreePath(workbook) !== workbook)
      throw fieldError(file, `${at2}.workbook`, `must be a file name inside workbook/, got ${echo.value(workbook)}`);
    return {
      group,
      dirName,
      workbook,
      // Optional: without it the workbook page has no `image` key, as the old scripts wrote it.
      ...entry.workbookImage === void 0 ? {} : { workbookImage: checkName(requireString(entry, "workbookImage", file, at2, echo), file, `${at2}.workbookImage`) },
      image: checkName(requireString(entry, "image", file, at2, echo), file, `${at2}.image`),
      renderArticles: requireBoolean(entry, "renderArticles", file, at2, echo),
      position
    };
  });
}
function checkName(path3, file, field) {
  let unsafe = unsafeNameCharacter(path3);
  if (unsafe)
    throw fieldError(file, field, `holds ${unsafe}: a path here may not hold line breaks, control characters or bidirectional controls`);
  return path3;
}
function checkDirName(dirName, file, field, echo) {
  if (dirName.trim() === "") throw fieldError(file, field, "is empty");
  checkName(dirName, file, field);
  let normal = normalizeTreePath(dirName);
  if (normal === null) throw fieldError(file, field, `${echo.value(dirName)} escapes the source folder (absolute or "..")`);
  if (normal === "" || normal !== dirName.replace(/\/$/, ""))
    throw fieldError(file, field, `${echo.value(dirName)} must be a plain folder path (no ".", "..", "//" or "\\")`);
  return normal;
}

// src/config/urls.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/config/youtube.ts
function youtubeCodeOf(url) {
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  let host = parsed.hostname.replace(/^(www\.|m\.)/, ""), id = /^[A-Za-z0-9_-]+$/;
  if (host === "youtu.be") {
    let code = parsed.pathname.slice(1).split("/")[0];
    return id.test(code) ? code : null;
  }
  if (host !== "youtube.com" && host !== "youtube-nocookie.com") return null;
  let fromQuery = parsed.searchParams.get("v");
  if (parsed.pathname === "/watch") return fromQuery && id.test(fromQuery) ? fromQuery : null;
  let match = /^\/(?:embed|shorts|live)\/([A-Za-z0-9_-]+)/.exec(parsed.pathname);
  return match ? match[1] : null;
}

// src/config/urls.ts
function parseUrls(text2, file, echo = ECHO_SOURCE) {
  let lines = new import_yaml3.LineCounter(), doc = import_yaml3.default.parseDocument(text2, { lineCounter: lines });
  if (doc.errors.length > 0) {
    let [first] = doc.errors, at2 = first.linePos?.[0], message2 = first.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`${file}${at2 ? `:${at2.line}:${at2.col}` : ""}: invalid YAML: ${echo.parserMessage(message2)}`);
  }
  let data = doc.toJS(), lineOf = (path3) => {
    let node = doc.getIn(path3, !0);
    return node?.range ? lines.linePos(node.range[0]).line : void 0;
  }, videos = /* @__PURE__ */ new Map();
  if (data == null) return videos;
  if (!Array.isArray(data)) throw new UserError(`${file}: must be a YAML list of entries, got ${describe(data, echo)}`);
  return data.forEach((entry, index) => {
    let at2 = `[${index}]`;
    if (!isRecord(entry)) throw fieldError(file, at2, `must be a mapping, got ${describe(entry, echo)}`);
    let section = requireString(entry, "section", file, at2, echo).trim().toLowerCase(), list2 = videos.get(section) ?? [];
    try {
      list2.push({ youtubeCode: youtubeOf(entry, file, at2, echo) });
    } catch (error) {
      let line = lineOf([index, "video", "youtube"]) ?? lineOf([index, "video"]) ?? lineOf([index]);
      list2.push({ youtubeCode: "", invalid: { file, ...line ? { line } : {}, message: error.message.slice(file.length + 2) } });
    }
    videos.set(section, list2);
  }), videos;
}
function youtubeOf(entry, file, at2, echo) {
  let video = entry.video;
  if (video == null) return "";
  if (!isRecord(video)) throw fieldError(file, `${at2}.video`, `must be a mapping, got ${describe(video, echo)}`);
  let url = video.youtube;
  if (url == null || url === "") return "";
  if (typeof url != "string") throw fieldError(file, `${at2}.video.youtube`, `must be a string, got ${describe(url, echo)}`);
  let code = youtubeCodeOf(url);
  if (code === null) throw fieldError(file, `${at2}.video.youtube`, `is not a YouTube video URL: ${echo.value(url)}`);
  return code;
}

// src/config/load.ts
async function loadConfig(tree, files = {}) {
  let sectionsFile = files.sectionsFile || DEFAULT_OPTIONS.source.sectionsFile, urlsFile = files.urlsFile || DEFAULT_OPTIONS.source.urlsFile, sections = parseSectionData(await readConfigText(tree, sectionsFile, "section list"), sectionsFile, echoFor(sectionsFile)), videos = parseUrls(await readConfigText(tree, urlsFile, "video URL list"), urlsFile, echoFor(urlsFile));
  for (let section of sections)
    if (!await tree.isDirectory(section.dirName))
      throw new UserError(
        `${sectionsFile}: [${section.position}].dirName: section folder ${echoFor(sectionsFile).value(section.dirName)} does not exist in ${tree.description}`
      );
  return { sections, videos, sectionsFile, urlsFile };
}
function echoFor(file) {
  return normalizeTreePath(file) === null ? ECHO_NOTHING : ECHO_SOURCE;
}
async function readConfigText(tree, file, what) {
  let bytes2;
  try {
    if (!await tree.exists(file) || await tree.isDirectory(file))
      throw new UserError(`${file}: ${what} not found in ${tree.description}`);
    bytes2 = await tree.readBytes(file);
  } catch (error) {
    throw error instanceof UserError ? error : new UserError(`${file}: cannot read the ${what}: ${error.message}`);
  }
  let decoded = decodeSourceText(bytes2);
  if (!decoded.ok) throw new UserError(`${file}: ${decoded.reason}`);
  return decoded.text.replace(/^\uFEFF/, "");
}

// src/discover/check-languages.ts
function checkLanguagesExist(languages, sources) {
  if (languages === "all") return;
  let known = /* @__PURE__ */ new Set(["en"]);
  for (let key2 of sources.articlePages) known.add(key2.split("/").pop());
  for (let section of sources.sections) for (let { language } of section.languages) known.add(language);
  for (let error of sources.errors) error.folder && known.add(error.folder.language);
  let unknown = languages.filter((language) => !known.has(language));
  if (unknown.length > 0)
    throw new OptionError("languages", `no section has ${unknown.map((l) => `"${l}"`).join(", ")} (found: ${[...known].sort().join(", ")})`);
}

// src/shared/page-paths.ts
function languageSuffix(language) {
  return language === "en" ? "" : `.${language}`;
}
function articlePagePath(section, number, language) {
  return `${section}/${number}${languageSuffix(language)}.md`;
}
function indexPagePath(section, language) {
  return `${section}/_index${languageSuffix(language)}.md`;
}
function workbookPagePath(section) {
  return `${section}/workbook.md`;
}
var GENERATED_PAGE = /^[^/]+\/(?:_index[^/]*|\d\d[^/]*|workbook(?:\.[A-Za-z-]+)?)\.md$/;
function isGeneratedPagePath(relPath) {
  return GENERATED_PAGE.test(relPath);
}
function pageLanguage(relPath) {
  let parts = relPath.slice(relPath.lastIndexOf("/") + 1).replace(/\.md$/, "").split(".");
  return parts.length > 1 ? parts[parts.length - 1] : "en";
}

// src/escape/front-matter.ts
var import_yaml4 = __toESM(require_dist(), 1), import_util = __toESM(require_util(), 1), LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, NEEDS_ESCAPES = (
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/
), NOT_FOR_BLOCK = /^[ \n]*\t|^[ \t]*\n[ \t\n]*$/;
function escapedDoubleQuoted(value) {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function readsDifferentlyIn11(value) {
  try {
    return import_yaml4.default.parse(value, { version: "1.1" }) !== value;
  } catch {
    return !0;
  }
}
var portableStringTag = {
  ...import_util.stringTag,
  stringify(item, ctx, onComment, onChompKeep) {
    let value = String(item.value).replace(LONE_SURROGATE, "\uFFFD");
    if (NEEDS_ESCAPES.test(value) || NOT_FOR_BLOCK.test(value)) return escapedDoubleQuoted(value);
    let text2 = (0, import_util.stringifyString)({ value, comment: item.comment, type: item.type }, { ...ctx, actualString: !0 }, onComment, onChompKeep);
    return !/^["'|>]/.test(text2) && !text2.includes(`
`) && readsDifferentlyIn11(value) ? (0, import_util.stringifyString)({ value, comment: item.comment, type: import_yaml4.default.Scalar.QUOTE_DOUBLE }, ctx, onComment, onChompKeep) : text2;
  }
};

// src/escape/markdown.ts
var ZWSP = "\u200B";
function visible(text2) {
  return text2.replace(LINE_BREAKS, " ").replace(HIDDEN, "\uFFFD").replace(LONE_SURROGATE, "\uFFFD");
}
function breakReferences(text2) {
  return text2.replace(/@/g, `@${ZWSP}`).replace(/#(?=[\p{L}\p{N}])/gu, `#${ZWSP}`).replace(/(?<![0-9A-Za-z_])(gh-)(?=\d)/gi, `$1${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/(www)\./gi, `$1${ZWSP}.`).replace(/(?<![0-9A-Za-z_])[0-9A-Fa-f]{7,}(?![0-9A-Za-z_])/g, (hex) => hex.replace(/[0-9A-Fa-f]{6}(?=.)/g, `$&${ZWSP}`));
}
function markdownText(text2) {
  return breakReferences(visible(text2)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|#!~$]/g, "\\$&").replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
function fence(text2) {
  if (text2 === "") return "` `";
  let longest = (text2.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0), ticks = "`".repeat(longest + 1), stripped = text2.startsWith(" ") && text2.endsWith(" ") && /[^ ]/.test(text2), pad = text2.startsWith("`") || text2.endsWith("`") || stripped ? " " : "";
  return `${ticks}${pad}${text2}${pad}${ticks}`;
}
function codeSpan(text2) {
  return fence(visible(text2));
}
function cellCodeSpan(text2) {
  return fence(
    visible(text2).replace(/\\(?=\|)/g, `\\${ZWSP}`).replace(/\|/g, "\\|")
  );
}
function htmlText(text2) {
  return breakReferences(visible(text2)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function linkDestination(url) {
  return url.replace(
    /[\s\u0000-\u001f\u007f<>()\\]/g,
    (c) => encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)
  );
}

// src/shared/content-errors.ts
var ContentErrorList = class {
  byKey = /* @__PURE__ */ new Map();
  /** Records that `error` keeps `pages` as the site has them. */
  add(error, pages = [], folder) {
    let key2 = `${error.file}\0${error.line ?? 0}\0${error.problem}`, found = this.byKey.get(key2);
    if (found) {
      for (let page of pages) found.pages.includes(page) || found.pages.push(page);
      return;
    }
    this.byKey.set(key2, {
      file: error.file,
      ...error.line ? { line: error.line } : {},
      message: error.problem,
      pages: [...pages],
      ...folder ? { folder } : {}
    });
  }
  addAll(errors) {
    for (let e of errors) this.add({ file: e.file, problem: e.message, line: e.line }, e.pages, e.folder);
  }
  /** Sorted by file, then line, so every run prints the same lines. */
  list() {
    return [...this.byKey.values()].map((e) => ({ ...e, pages: [...e.pages].sort() })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : 1));
  }
};
function keptByContentErrors(errors) {
  let pages = new Set(errors.flatMap((e) => e.pages)), folders = errors.flatMap((e) => e.folder ? [e.folder] : []);
  return (page) => pages.has(page) || folders.some(
    (f) => page.startsWith(`${f.section}/`) && !page.slice(f.section.length + 1).includes("/") && pageLanguage(page) === f.language
  );
}
function failedFiles(errors) {
  return [...new Set(errors.map((e) => e.file))].sort();
}
function keptPagesOf(error) {
  return [...error.pages, ...error.folder ? [`${error.folder.section}/*.${error.folder.language}.md`] : []];
}
function keptNote(error) {
  let kept = keptPagesOf(error);
  return kept.length ? ` (left as the site has it: ${kept.join(", ")})` : "";
}
function contentErrorList(errors, limit = 50) {
  let lines = errors.slice(0, limit).map((e) => {
    let kept = keptPagesOf(e);
    return `- ${codeSpan(`${e.file}${e.line ? `:${e.line}` : ""}`)}: ${markdownText(e.message)}` + (kept.length ? ` \u2014 kept: ${kept.map(codeSpan).join(", ")}` : "");
  });
  return errors.length > limit && lines.push(`- \u2026and ${errors.length - limit} more`), lines;
}
function contentFailureLine(errors, turnOff) {
  let files = failedFiles(errors), shown = files.slice(0, 10).join(", ") + (files.length > 10 ? `, \u2026and ${files.length - 10} more` : "");
  return `${files.length} source file(s) failed, their pages left as the site has them: ${shown}; the other pages went ahead (with ${turnOff} this is only reported)`;
}

// src/discover/articles.ts
var ARTICLE = /^(\d{2,})-[-\w]*\.asciidoc$/, LOOKS_LIKE_ARTICLE = /^\d{2,}-.*\.asciidoc$/;
function articleNumberOf(fileName) {
  if (fileName.endsWith("script.asciidoc")) return null;
  let match = ARTICLE.exec(fileName);
  return match ? match[1] : null;
}
function unpublishedArticleName(fileName) {
  return fileName.endsWith("script.asciidoc") || !LOOKS_LIKE_ARTICLE.test(fileName) || ARTICLE.test(fileName) ? null : 'not published: an article name has only letters, digits, "-" and "_" after the number (the old scripts skipped this file too); rename it to publish it';
}

// src/discover/languages.ts
function isLanguageFolderName(name) {
  return LANGUAGE_NAME.test(name) && name.toLowerCase() !== "en";
}

// src/discover/types.ts
function articlePageKey(section, number, language) {
  return `${section}/${number}/${language}`;
}

// src/discover/discover.ts
async function discoverSources(tree, config, source = DEFAULT_OPTIONS.source) {
  let maxBytes = source.maxSourceBytes ?? DEFAULT_OPTIONS.source.maxSourceBytes, run = {
    tree,
    config,
    read: (path3) => readSource(tree, path3, maxBytes),
    selection: source.languages,
    articlePages: /* @__PURE__ */ new Set(),
    articleFiles: /* @__PURE__ */ new Map(),
    warnings: [],
    errors: new ContentErrorList()
  }, sections = await allInOrder(config.sections.map((section) => discoverSection(run, section))), { articlePages, articleFiles: articleFiles2, warnings, errors } = run;
  return warnings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)), { sections, articlePages, articleFiles: articleFiles2, warnings, errors: errors.list() };
}
async function discoverSection(run, section) {
  let folder = section.dirName, entries = await run.tree.list(folder), englishIndexPath = joinTreePath(folder, "index.md"), english = listFolder2(folder, entries), indexMissing = `the index page of section "${folder}" is missing (${run.config.sectionsFile}: [${section.position}].dirName)`;
  if (!english.hasIndex && english.articles.length === 0 && english.clashes.size === 0)
    throw new UserError(`${englishIndexPath}: ${indexMissing}`);
  let folders = [{ language: "en", path: folder, ...english, hasIndex: !0 }, ...await listTranslations(run, folder, entries)];
  recordArticlePages(run, folder, folders);
  let selected = folders.filter((found) => isLanguageSelected(run.selection, found.language));
  reportClashes(run, folder, selected);
  let englishIndex = english.hasIndex ? await run.read(englishIndexPath) : { ok: !1, reason: indexMissing };
  if (!englishIndex.ok) {
    let shows = selected.filter((found) => found.language === "en" || !found.hasIndex).map((found) => indexPagePath(folder, found.language));
    run.errors.add({ file: englishIndexPath, problem: englishIndex.reason }, shows);
  }
  let englishSource = englishIndex.ok ? { path: englishIndexPath, text: englishIndex.text } : null;
  return {
    section,
    languages: await Promise.all(selected.map((found) => readLanguage(run, folder, found, englishSource))),
    englishArticleCount: english.articles.length + english.clashes.size,
    workbook: section.workbook === "" ? null : await readWorkbook(run, section)
  };
}
async function listTranslations(run, folder, entries) {
  let { warnings, errors } = run, subfolders = entries.filter((entry) => entry.kind === "directory" && !skippedForItsName(folder, entry, warnings)), listings = await Promise.all(
    subfolders.map(async (entry) => {
      let path3 = joinTreePath(folder, entry.name);
      try {
        return listFolder2(path3, await run.tree.list(path3));
      } catch (error) {
        return { failed: problemOf(error, path3) };
      }
    })
  ), notATranslation = (name) => `folder name "${name}" cannot be a translation (letters, digits, "-", "_"; not "en"): skipped`, folders = [];
  return subfolders.forEach((entry, i) => {
    let path3 = joinTreePath(folder, entry.name), listed = listings[i];
    "failed" in listed ? isLanguageFolderName(entry.name) ? isLanguageSelected(run.selection, entry.name) && errors.add({ file: path3, problem: `cannot list the folder: ${listed.failed}` }, [], { section: folder, language: entry.name }) : warnings.push({ file: path3, message: notATranslation(entry.name), kind: "skipped-name" }) : !listed.hasIndex && listed.articles.length === 0 && listed.clashes.size === 0 ? warnings.push({
      file: path3,
      message: "folder has no index.md and no NN-*.asciidoc article: not a translation, skipped",
      kind: "skipped-name"
    }) : isLanguageFolderName(entry.name) ? folders.push({ language: entry.name, path: path3, ...listed }) : warnings.push({ file: path3, message: notATranslation(entry.name), kind: "skipped-name" });
  }), folders;
}
function recordArticlePages(run, folder, folders) {
  for (let found of folders) {
    for (let number of [...found.articles.map((a) => a.number), ...found.clashes.keys()])
      run.articlePages.add(articlePageKey(folder, number, found.language));
    for (let article of found.articles) run.articleFiles.set(articlePageKey(folder, article.number, found.language), article.path);
  }
}
function reportClashes(run, folder, selected) {
  for (let found of selected) {
    run.warnings.push(...found.unpublished);
    for (let [number, paths] of found.clashes) {
      let page = articlePagePath(folder, number, found.language), problem = `two articles would become the same page ${page}: ${paths.join(" and ")}; rename or remove one`;
      for (let path3 of paths) run.errors.add({ file: path3, problem }, [page]);
    }
  }
}
async function readLanguage(run, folder, found, englishIndex) {
  let index;
  if (found.language !== "en" && found.hasIndex) {
    let path3 = joinTreePath(found.path, "index.md"), own = await run.read(path3);
    own.ok || run.errors.add({ file: path3, problem: own.reason }, [indexPagePath(folder, found.language)]), index = own.ok ? { path: path3, text: own.text, translated: !0 } : null;
  } else
    index = englishIndex ? { ...englishIndex, translated: found.language === "en" } : null;
  let files = await Promise.all(found.articles.map(async (entry) => ({ entry, file: await run.read(entry.path) }))), articles = [];
  for (let { entry, file } of files)
    file.ok ? articles.push({ path: entry.path, number: entry.number, text: file.text }) : (run.articleFiles.delete(articlePageKey(folder, entry.number, found.language)), run.errors.add({ file: entry.path, problem: file.reason }, [articlePagePath(folder, entry.number, found.language)]));
  return { language: found.language, index, articles };
}
function listFolder2(folder, listed) {
  let byNumber = /* @__PURE__ */ new Map(), unpublished = [], hasIndex = !1;
  for (let entry of listed) {
    if (entry.kind !== "file" || skippedForItsName(folder, entry, unpublished)) continue;
    entry.name === "index.md" && (hasIndex = !0);
    let number = articleNumberOf(entry.name), why = number === null ? unpublishedArticleName(entry.name) : null;
    why && unpublished.push({ file: joinTreePath(folder, entry.name), message: why, kind: "skipped-name" }), number !== null && byNumber.set(number, [...byNumber.get(number) ?? [], joinTreePath(folder, entry.name)]);
  }
  let articles = [], clashes = /* @__PURE__ */ new Map();
  for (let [number, paths] of byNumber)
    paths.length === 1 ? articles.push({ number, path: paths[0] }) : clashes.set(number, paths.sort());
  return articles.sort((a, b) => Number(a.number) - Number(b.number) || (a.number < b.number ? -1 : 1)), { articles, clashes, hasIndex, unpublished };
}
function skippedForItsName(folder, entry, warnings) {
  let unsafe = unsafeNameCharacter(entry.name);
  if (unsafe) {
    let what = entry.kind === "directory" ? "folder" : "file";
    warnings.push({
      file: folder,
      message: `${what} ${quotedName(entry.name)} skipped: its name holds ${unsafe} (names may not hold line breaks, control characters or bidirectional controls)`,
      kind: "skipped-name"
    });
  }
  return unsafe !== null;
}
async function readWorkbook(run, section) {
  let { tree } = run, path3 = joinTreePath("workbook", section.workbook), missing = `the workbook of section "${section.dirName}" is missing (${run.config.sectionsFile}: [${section.position}].workbook)`, file = await tree.exists(path3) && !await tree.isDirectory(path3) ? await run.read(path3) : { ok: !1, reason: missing };
  return file.ok ? { path: path3, text: file.text } : (run.errors.add({ file: path3, problem: file.reason }, [workbookPagePath(section.dirName)]), null);
}
async function allInOrder(promises) {
  let settled = await Promise.allSettled(promises), failed = settled.find((outcome2) => outcome2.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((outcome2) => outcome2.value);
}
async function readSource(tree, path3, maxBytes) {
  let bytes2;
  try {
    bytes2 = await tree.readBytes(path3);
  } catch (error) {
    return { ok: !1, reason: problemOf(error, path3) };
  }
  if (bytes2.length > maxBytes) {
    let size = (n) => n.toLocaleString("en-US");
    return { ok: !1, reason: `the file is ${size(bytes2.length)} bytes, over max-source-bytes (${size(maxBytes)}): it is not rendered` };
  }
  return decodeSourceText(bytes2);
}
function problemOf(error, path3) {
  let message2 = error instanceof Error ? error.message : String(error), code = error.code, text2 = message2.startsWith(`${path3}: `) ? message2.slice(path3.length + 2) : message2;
  return code === "EACCES" || code === "EPERM" ? "cannot read the file: permission denied" : code === "ENOENT" ? "cannot read the file: it does not exist (a dangling link?)" : code === "ELOOP" ? "cannot read the file: a loop of links" : code === "EISDIR" ? "cannot read the file: it is a folder" : text2.split(`
`)[0];
}

// src/discover/load-sources.ts
async function loadSources(tree, source) {
  let config = await loadConfig(tree, source), sources = await discoverSources(tree, config, source);
  return checkLanguagesExist(source.languages, sources), { config, sources, languages: source.languages };
}

// src/dashboard/dashboard-file.ts
import { writeFile } from "node:fs/promises";

// src/health/translation-pairs.ts
function articleFiles(sources) {
  return [...sources.articleFiles].map(([key2, source]) => {
    let [language, number, ...section] = key2.split("/").reverse();
    return { section: section.reverse().join("/"), number, language, source };
  });
}
function translationPairs(sources) {
  let order = new Map(sources.sections.map(({ section }, i) => [section.dirName, i]));
  return articleFiles(sources).filter((file) => file.language !== "en").flatMap((file) => {
    let english = sources.articleFiles.get(articlePageKey(file.section, file.number, "en"));
    return english === void 0 ? [] : [{ ...file, page: articlePagePath(file.section, file.number, file.language), english }];
  }).sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) || cmp(a.language, b.language) || cmp(a.number, b.number));
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function englishHistoryPaths(sources, languages) {
  return isLanguageSelected(languages, "en") ? [] : [
    ...new Set(
      translationPairs(sources).filter((pair) => isLanguageSelected(languages, pair.language)).map((pair) => pair.english)
    )
  ];
}

// src/health/coverage.ts
var emptyCell = () => ({ current: 0, stale: 0, unknown: 0, missing: 0, extra: 0 });
function coverageMatrix(sources, pairs, stale) {
  let files = articleFiles(sources), languages = translationLanguages(files), staleKeys = new Set(stale.available ? stale.stale.map((s) => s.page) : []), unknownKeys = new Set(stale.available ? stale.unknown.map((s) => s.page) : pairs.map((p) => p.page)), totals = { englishArticles: 0, cells: Object.fromEntries(languages.map((l) => [l, emptyCell()])) }, rows = sources.sections.map(({ section }) => {
    let here = files.filter((f) => f.section === section.dirName), englishNumbers = new Set(here.filter((f) => f.language === "en").map((f) => f.number)), cells = {};
    for (let language of languages) {
      let cell = emptyCell(), translated = here.filter((f) => f.language === language);
      for (let file of translated) {
        let page = articlePagePath(file.section, file.number, language);
        englishNumbers.has(file.number) ? staleKeys.has(page) ? cell.stale++ : unknownKeys.has(page) ? cell.unknown++ : cell.current++ : cell.extra++;
      }
      cell.missing = untranslated(englishNumbers, translated).length, cells[language] = cell;
      let total = totals.cells[language];
      for (let key2 of Object.keys(cell)) total[key2] += cell[key2];
    }
    return totals.englishArticles += englishNumbers.size, { section: section.dirName, englishArticles: englishNumbers.size, cells };
  });
  return { languages, rows, totals };
}
function untranslated(englishNumbers, translated) {
  return [...englishNumbers].filter((n) => !translated.some((f) => f.number === n));
}
function missingTranslations(sources) {
  let files = articleFiles(sources), languages = translationLanguages(files);
  return sources.sections.flatMap(({ section }) => {
    let here = files.filter((f) => f.section === section.dirName), english = here.filter((f) => f.language === "en").sort((a, b) => cmp(a.number, b.number)), englishNumbers = new Set(english.map((f) => f.number));
    return languages.flatMap((language) => {
      let lacking = new Set(
        untranslated(
          englishNumbers,
          here.filter((f) => f.language === language)
        )
      );
      return english.filter((f) => lacking.has(f.number)).map((f) => ({
        section: f.section,
        number: f.number,
        language,
        english: f.source,
        page: articlePagePath(f.section, f.number, "en")
      }));
    });
  });
}
function translationLanguages(files) {
  return [...new Set(files.map((f) => f.language).filter((l) => l !== "en"))].sort(cmp);
}

// src/health/language-check.ts
function shownLanguages(site) {
  let disabled = new Set(site.disabled);
  return new Set(site.languages.filter((language) => !disabled.has(language)));
}
function languagesLeftOut(pages, site, mode) {
  if (site.kind !== "found" || mode !== "skip") return /* @__PURE__ */ new Set();
  let shown = shownLanguages(site);
  return new Set(pages.map((page) => page.language).filter((language) => language !== "en" && !shown.has(language.toLowerCase())));
}
function checkSiteLanguages(pages, site, mode, languages, siteHas) {
  let report = { site, unconfigured: [], missingLandingPages: [] };
  if (site.kind !== "found") return { report, pages: [...pages], leftOut: /* @__PURE__ */ new Set(), warnings: [] };
  let shown = shownLanguages(site), unshown = (language) => language !== "en" && !shown.has(language.toLowerCase()), byLanguage2 = /* @__PURE__ */ new Map();
  for (let page of pages) unshown(page.language) && byLanguage2.set(page.language, [...byLanguage2.get(page.language) ?? [], page]);
  let warnings = [];
  for (let [language, own] of [...byLanguage2].sort(([a], [b]) => a < b ? -1 : 1)) {
    let perFolder = /* @__PURE__ */ new Map();
    for (let page of own) {
      let folder = joinTreePath(page.section, language);
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    let entry = { language, folders: [...perFolder.keys()].sort(), pages: own.length, written: mode === "write" };
    if (report.unconfigured.push(entry), mode !== "write")
      for (let folder of entry.folders) {
        let count2 = perFolder.get(folder);
        warnings.push({
          file: folder,
          message: `the site configures no language "${language}" (${site.file}): ${count2} page${count2 === 1 ? "" : "s"} of this folder not written, Hugo would show them as English pages; add the language to the site, or set unconfigured-languages: write`,
          kind: "unconfigured-language"
        });
      }
  }
  let leftOut = languagesLeftOut(pages, site, mode);
  for (let language of [.../* @__PURE__ */ new Set(["en", ...languages])].sort()) {
    if (!shown.has(language.toLowerCase())) continue;
    let path3 = language === "en" ? "_index.md" : `_index.${language}.md`;
    siteHas(path3) || report.missingLandingPages.push({ language, path: path3 });
  }
  return { report, pages: pages.filter((page) => !leftOut.has(page.language)), leftOut, warnings };
}

// src/health/link-checks.ts
var LEARNING_PATH_URL = /^(?:https?:\/\/(?:www\.)?innersourcecommons\.org)?\/(?:([A-Za-z0-9][\w-]*)\/)?learn\/learning-path(?:\/([^/?#]+))?(?:\/([^/?#]+))?\/?(?:[?#].*)?$/i;
function learningPathTarget(url) {
  let match = LEARNING_PATH_URL.exec(url);
  return match ? {
    ...match[1] ? { language: match[1] } : {},
    ...match[2] ? { section: match[2] } : {},
    ...match[3] ? { page: match[3] } : {}
  } : null;
}
function missingPage(target, index) {
  if (target.section === void 0) return null;
  let section = index.sections.get(target.section);
  return section ? target.page === void 0 ? null : /^\d+$/.test(target.page) ? index.hasArticle(target.section, target.page) ? null : `no page ${target.page} in section "${target.section}" in any language` : target.page === "workbook" ? section.workbook ? null : `section "${target.section}" has no workbook` : `no page "${target.page}" in section "${target.section}"` : `no section "${target.section}"`;
}
var KNOWN_SCHEMES = /* @__PURE__ */ new Set([
  "http",
  "https",
  "ftp",
  "ftps",
  "sftp",
  "mailto",
  "tel",
  "irc",
  "ircs",
  "git",
  "ssh",
  "file",
  "data",
  "news",
  "xmpp",
  "webcal"
]), WEB_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "ftp", "ftps"]), BARE_HOST = /^(?:www\d?\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|edu|gov|info|co|us|uk|de|fr|es|it|jp|cn|ru|br)(?:\/|$))/i;
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}
function misspelling(scheme) {
  return ["https", "http", "ftp", "mailto"].find((known) => distance(scheme, known) <= 2) ?? null;
}
function malformedUrl(link) {
  let url = link.url;
  if (url === "" || url.startsWith("#")) return null;
  let scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url), name = scheme?.[1].toLowerCase();
  if (name !== void 0 && !KNOWN_SCHEMES.has(name)) {
    if (!url.slice(scheme[0].length).startsWith("//")) return null;
    let near = misspelling(name);
    return near ? `misspelled scheme "${name}:" (meant "${near}:"?)` : link.kind === "link" ? `unknown scheme "${name}:"` : null;
  }
  if (link.kind === "text") return null;
  if (/\s/.test(url)) return "contains a space";
  if (name !== void 0) {
    if (WEB_SCHEMES.has(name) && !/^[a-z]+:\/\/[^/?#\s]/i.test(url)) return `malformed: expected "${name}://host/..."`;
    let path3 = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "").split(/[?#]/)[0];
    return /(?<!:)\/\//.test(path3) ? "doubled slashes in the path" : null;
  }
  let glued = /^([a-z]+)\/\//i.exec(url);
  return glued && WEB_SCHEMES.has(glued[1].toLowerCase()) ? `missing ":" after "${glued[1]}"` : BARE_HOST.test(url) ? "missing scheme: the browser reads it as a path of the site (add https://)" : !url.startsWith("//") && /\/\//.test(url.split(/[?#]/)[0]) ? "doubled slashes in the path" : null;
}

// src/health/page-links.ts
var ATTRIBUTE = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi, SCHEME_WORD = /(?<![\w+.-])([a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]]*)/gi, MARKDOWN_TARGET = /\]\(\s*<?([^)\s>]*)/y, MARKDOWN_REST = />?(?:\s+"[^"]*")?\s*\)/y, AUTOLINK = /<([a-z][a-z0-9+.-]*:\/\/[^>\s]*)/iy, MARKDOWN_START = /\]\(|<[a-z]/gi, ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };
function decodeEntities(text2) {
  return text2.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name) => ENTITIES[name]);
}
function pageLinks(body, markdown) {
  let found = [];
  for (let match of body.matchAll(ATTRIBUTE))
    found.push({ at: match.index, link: { url: decodeEntities(match[1] ?? match[2]), kind: "link" } });
  if (markdown) for (let { at: at2, url } of markdownLinks(body)) found.push({ at: at2, link: { url, kind: "link" } });
  let tags = tagRanges(body), tag = 0;
  for (let match of body.matchAll(SCHEME_WORD)) {
    for (; tag < tags.length && tags[tag + 1] <= match.index; ) tag += 2;
    tag < tags.length && tags[tag] <= match.index || found.push({ at: match.index, link: { url: decodeEntities(match[1]), kind: "text" } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.link);
}
function markdownLinks(body) {
  let links = [], targetsFailUntil = 0, autolinksFailUntil = 0;
  MARKDOWN_START.lastIndex = 0;
  for (let start = MARKDOWN_START.exec(body); start; start = MARKDOWN_START.exec(body)) {
    let at2 = start.index, end = -1, url = "";
    if (start[0] === "](" && at2 >= targetsFailUntil) {
      MARKDOWN_TARGET.lastIndex = at2;
      let target = MARKDOWN_TARGET.exec(body);
      MARKDOWN_REST.lastIndex = at2 + target[0].length, MARKDOWN_REST.test(body) ? (end = MARKDOWN_REST.lastIndex, url = target[1]) : (MARKDOWN_REST.lastIndex = at2 + 2, /\s/.test(body[at2 + 2] ?? "") && MARKDOWN_REST.test(body) ? end = MARKDOWN_REST.lastIndex : targetsFailUntil = at2 + target[0].length - 2);
    } else if (start[0] !== "](" && at2 >= autolinksFailUntil) {
      AUTOLINK.lastIndex = at2;
      let autolink = AUTOLINK.exec(body);
      autolink && body[at2 + autolink[0].length] === ">" ? (end = at2 + autolink[0].length + 1, url = autolink[1]) : autolink && (autolinksFailUntil = at2 + autolink[0].length);
    }
    if (end < 0) {
      MARKDOWN_START.lastIndex = at2 + 1;
      continue;
    }
    links.push({ at: at2, url }), MARKDOWN_START.lastIndex = end;
  }
  return links;
}
function tagRanges(body) {
  let ranges = [];
  for (let start = body.indexOf("<"); start >= 0; start = body.indexOf("<", start)) {
    let close = body.indexOf(">", start + 1);
    if (close < 0) break;
    ranges.push(start, close + 1), start = close + 1;
  }
  return ranges;
}

// src/health/source-lines.ts
var SourceLines = class {
  lineStarts = [0];
  lower;
  needles = /* @__PURE__ */ new Map();
  /** Characters the searches may still read. */
  budget;
  constructor(text2) {
    for (let i = 0; i < text2.length; i++) text2[i] === `
` && this.lineStarts.push(i + 1);
    this.lower = text2.toLowerCase(), this.budget = SEARCH_BUDGET * (text2.length + 1);
  }
  /** 1-based line of the next occurrence of the first needle found (case-insensitive); undefined when none is there. */
  lineOf(needles2) {
    for (let needle of needles2) {
      if (needle === "") continue;
      let key2 = needle.toLowerCase(), search = this.needles.get(key2);
      if (search || this.needles.set(key2, search = { found: [], from: 0, complete: !1, asked: 0 }), search.asked === search.found.length && !search.complete) {
        if (this.budget <= 0) return;
        let at2 = this.lower.indexOf(key2, search.from);
        this.budget -= (at2 < 0 ? this.lower.length : at2 + key2.length) - search.from, at2 < 0 ? search.complete = !0 : (search.found.push(at2), search.from = at2 + key2.length);
      }
      if (search.found.length !== 0)
        return this.lineAt(search.found[search.asked++ % search.found.length]);
    }
  }
  lineAt(offset) {
    let low = 0, high = this.lineStarts.length - 1;
    for (; low < high; ) {
      let mid = low + high + 1 >> 1;
      this.lineStarts[mid] <= offset ? low = mid : high = mid - 1;
    }
    return low + 1;
  }
}, SEARCH_BUDGET = 64;

// src/health/unsafe-html.ts
var JAVASCRIPT = String.raw`j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:`, UNSAFE = [
  { pattern: /<script\b/gi, markup: { name: "<script>", needle: "<script" } },
  { pattern: /<iframe\b/gi, markup: { name: "<iframe>", needle: "<iframe" } },
  {
    // Looked for with character references decoded: `&#106;avascript:` in an attribute is a javascript: URL to a browser.
    pattern: new RegExp(
      // `\s*(?:["']\s*)?`, not `\s*["']?\s*`: two blank runs side by side can split a run of n
      // blanks n ways, and V8 tried each (`<a href=` and 200 KB of line breaks took 16.5 s, issue 21).
      String.raw`\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*(?:["']\s*)?${JAVASCRIPT}|\]\(\s*(?:<\s*)?${JAVASCRIPT}`,
      "gi"
    ),
    markup: { name: "javascript: URL", needle: "javascript:" },
    decoded: !0
  }
];
function decodeReferences(text2) {
  let char = (code) => code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "";
  return text2.replace(/&#x([0-9a-f]+);?/gi, (_, hex) => char(Number.parseInt(hex, 16))).replace(/&#(\d+);?/g, (_, dec) => char(Number.parseInt(dec, 10))).replace(/&colon;/gi, ":").replace(/&(?:tab|newline);/gi, " ");
}
function unsafeMarkup(body) {
  let decoded = decodeReferences(body);
  return UNSAFE.flatMap(
    ({ pattern, markup, decoded: useDecoded }) => [...(useDecoded ? decoded : body).matchAll(pattern)].map(() => markup)
  );
}

// src/health/page-findings.ts
function isTranslatedPage(page) {
  return page.language !== "en" && !(page.kind === "index" && page.source === joinTreePath(page.section, "index.md"));
}
function needles(url, language) {
  let english = url.replace(new RegExp(`/${language}/learn/`, "i"), "/learn/");
  return [.../* @__PURE__ */ new Set([url, english, url.replace(/^https?:\/\//i, ""), english.replace(/^https?:\/\/[^/]*/i, "")])];
}
function pageFindings(pages, sourceText, index, landingExists) {
  let findings = [], seen = /* @__PURE__ */ new Set();
  for (let page of pages) {
    if (seen.has(page.source)) continue;
    seen.add(page.source);
    let lines = new SourceLines(sourceText(page.source) ?? ""), add = (finding, look) => {
      let line = lines.lineOf(look);
      findings.push({ ...finding, file: page.source, ...line ? { line } : {}, page: page.path });
    }, translated = isTranslatedPage(page);
    for (let link of pageLinks(page.body, page.kind === "index")) {
      let problem = linkProblem(link, page.language, translated, index, landingExists);
      problem && add(problem, needles(link.url, page.language));
    }
    for (let markup of unsafeMarkup(page.body))
      add(
        {
          kind: "unsafe-html",
          target: markup.name,
          detail: "published as written",
          message: `the page carries ${markup.name}: published as written, check that it is meant to be there`
        },
        [markup.needle]
      );
  }
  return findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));
}
function linkProblem(link, language, translated, index, landingExists) {
  let target = link.kind === "link" ? learningPathTarget(link.url) : null;
  if (target) {
    let missing = missingPage(target, index);
    return missing ? {
      kind: "missing-page",
      target: link.url,
      detail: missing,
      message: `link to a Learning Path page that does not exist: ${link.url} (${missing})`
    } : translated && !target.language && !target.page && landingExists(target.section, language) ? {
      kind: "english-landing",
      target: link.url,
      detail: `the ${language} landing page exists`,
      message: `links to the English landing page ${link.url} although the ${language} one exists`
    } : null;
  }
  let malformed = malformedUrl(link);
  return malformed ? { kind: "malformed-url", target: link.url, detail: malformed, message: `malformed link ${link.url}: ${malformed}` } : null;
}

// src/health/section-links.ts
var ENGLISH_LANDING = /(?<=["'(\s>]|^)(https?:\/\/(?:www\.)?innersourcecommons\.org)?\/learn\/learning-path(?:\/([\w-]+))?(\/?)(?=[\s"'<)#?\]]|$)/gi;
function translatedLanding(url, language) {
  return url.replace(/^((?:https?:\/\/(?:www\.)?innersourcecommons\.org)?)\/learn\//i, `$1/${language}/learn/`);
}
function rewriteSectionLinks(body, language, exists) {
  let rewritten = 0;
  return { body: body.replace(ENGLISH_LANDING, (link, _site, section) => exists(section, language) ? (rewritten++, translatedLanding(link, language)) : link), rewritten };
}
function landingIn(pages, siteHas) {
  let written = new Set(pages.map((page) => page.path));
  return (section, language) => {
    let path3 = section === void 0 ? `_index.${language}.md` : `${section}/_index.${language}.md`;
    return written.has(path3) || siteHas(path3);
  };
}
function rewriteTranslatedSectionLinks(pages, landingExists) {
  return pages.map((page) => {
    if (!isTranslatedPage(page)) return page;
    let { body, rewritten } = rewriteSectionLinks(page.body, page.language, landingExists);
    return rewritten > 0 ? { ...page, body } : page;
  });
}

// src/health/stale.ts
function findStaleTranslations(pairs, history, unavailable = "the contributor provider reads no commit history") {
  if (!history) return { available: !1, reason: unavailable };
  let stale = [], unknown = [], checked = 0, asOf = Number.NEGATIVE_INFINITY;
  for (let pair of pairs) {
    let english = history.get(pair.english), translation = history.get(pair.source);
    if (!english || !translation || translation.length === 0) {
      unknown.push(pair);
      continue;
    }
    checked++;
    for (let commit of [...english, ...translation]) asOf = Math.max(asOf, Date.parse(commit.date));
    let translatedAt = newest(translation), since = english.filter((commit) => Date.parse(commit.date) > Date.parse(translatedAt));
    if (since.length === 0) continue;
    let staleSince = since.reduce((first, commit) => Date.parse(commit.date) < Date.parse(first.date) ? commit : first).date;
    stale.push({ ...pair, commits: [...since], translatedAt, staleSince, translators: lastAuthors(translation) });
  }
  return {
    available: !0,
    asOf: Number.isFinite(asOf) ? new Date(asOf).toISOString() : null,
    checked,
    stale: stale.map((s) => ({ ...s, days: Math.floor((asOf - Date.parse(s.staleSince)) / 864e5) })),
    unknown
  };
}
function lastAuthors(commits) {
  let named = commits.filter((commit) => (commit.authors?.length ?? 0) > 0);
  return named.length === 0 ? [] : [...named.reduce((latest, commit) => Date.parse(commit.date) > Date.parse(latest.date) ? commit : latest).authors];
}
function newest(commits) {
  return commits.reduce((latest, commit) => Date.parse(commit.date) > Date.parse(latest.date) ? commit : latest).date;
}
function staleCount(check) {
  return !check.available || check.checked === 0 && check.unknown.length > 0 ? null : check.stale.length;
}
function stalePerLanguage(stale) {
  let counts = {};
  for (let s of [...stale].sort((a, b) => a.language < b.language ? -1 : a.language > b.language ? 1 : 0))
    counts[s.language] = (counts[s.language] ?? 0) + 1;
  return counts;
}

// src/health/check-health.ts
function checkHealth(input) {
  let { sources } = input, allLanguages = [...new Set([...sources.articleFiles.keys()].map((key2) => key2.slice(key2.lastIndexOf("/") + 1)))], languages = checkSiteLanguages(input.pages, input.siteLanguages, input.unconfiguredLanguages, allLanguages, input.siteHas), landingExists = landingIn(languages.pages, input.siteHas), articles = new Set([...sources.articleFiles.keys()].map((key2) => key2.slice(0, key2.lastIndexOf("/") + 1))), index = {
    sections: new Map(sources.sections.map(({ section }) => [section.dirName, { workbook: section.workbook !== "" }])),
    hasArticle: (section, number) => articles.has(articlePageKey(section, number, ""))
  }, texts = sourceTexts(sources), findings = pageFindings(languages.pages, (path3) => texts.get(path3), index, landingExists);
  if (input.rewriteSectionLinks) for (let finding of findings) finding.kind === "english-landing" && (finding.rewritten = !0);
  let pairs = translationPairs(sources), stale = findStaleTranslations(pairs, input.history, input.historyUnavailable);
  return {
    report: { coverage: coverageMatrix(sources, pairs, stale), stale, languages: languages.report, findings },
    leftOut: languages.leftOut,
    warnings: [...languages.warnings, ...findingWarnings(findings)]
  };
}
function sourceTexts(sources) {
  let texts = /* @__PURE__ */ new Map();
  for (let { languages, workbook } of sources.sections) {
    for (let { index, articles } of languages) {
      index && texts.set(index.path, index.text);
      for (let article of articles) texts.set(article.path, article.text);
    }
    workbook && texts.set(workbook.path, workbook.text);
  }
  return texts;
}
function findingWarnings(findings) {
  let warnings = [], landing = /* @__PURE__ */ new Map();
  for (let finding of findings)
    if (finding.kind !== "english-landing")
      warnings.push({ file: finding.file, ...finding.line ? { line: finding.line } : {}, message: finding.message, kind: finding.kind });
    else if (!finding.rewritten) {
      let own = landing.get(finding.file);
      own ? own.push(finding) : landing.set(finding.file, [finding]);
    }
  for (let [file, found] of landing) {
    let lines = [...new Set(found.flatMap((f) => f.line ? [f.line] : []))], language = /\.([\w-]+)\.md$/.exec(found[0].page)?.[1] ?? "";
    warnings.push({
      file,
      ...lines.length ? { line: lines[0] } : {},
      message: `${found.length} link${found.length === 1 ? "" : "s"} to English section landing pages although the ${language} ones exist${lines.length ? ` (line${lines.length === 1 ? "" : "s"} ${lines.join(", ")})` : ""}; rewrite-section-links: true points them at /${language}/learn/learning-path/\u2026`,
      kind: "english-landing"
    });
  }
  return warnings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));
}

// src/github/operation.ts
function restOperation(route, parameters) {
  return {
    kind: route.startsWith("GET ") ? "read" : "write",
    send: async (client, { owner, name }) => {
      let request2 = client.request;
      return (await request2(route, { owner, repo: name, ...parameters })).data;
    }
  };
}
function queryOperation(document, variables) {
  return { kind: "read", send: (client) => client.graphql(document, variables) };
}
function mutationOperation(document, variables) {
  return { kind: "write", send: (client) => client.graphql(document, variables) };
}

// src/github/issues.ts
var issues = {
  addLabels: (number, labels) => restOperation("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { issue_number: number, labels }),
  comment: (number, body) => restOperation("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: number, body }),
  addAssignees: (number, assignees) => restOperation("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", { issue_number: number, assignees }),
  setMilestone: (number, milestone2) => restOperation("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: number, milestone: milestone2 }),
  create: (title, body) => restOperation("POST /repos/{owner}/{repo}/issues", { title, body }),
  /** Title, body and state in one request; only the fields given change. */
  edit: (number, changes) => restOperation("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: number, ...changes }),
  /**
   * The repository's issues (open and closed, oldest first) whose body holds `phrase` word by
   * word, in order: one request of the search budget. GitHub's search ignores punctuation and
   * case, so the caller checks each body for the exact text.
   */
  searchBodies: (phrase) => ({
    kind: "read",
    send: async (client, { owner, name }) => {
      let quoted = `"${phrase.replace(/"/g, " ")}"`, q = `repo:${owner}/${name} is:issue in:body ${quoted}`;
      return (await client.request("GET /search/issues", { q, sort: "created", order: "asc", per_page: 100 })).data;
    }
  })
};

// src/github/describe-error.ts
var isHttpError = (error) => typeof error == "object" && error !== null && typeof error.status == "number";
function gitHubMessage(error) {
  let data = error.response?.data, fromBody = data && typeof data == "object" ? data.message : void 0;
  return (typeof fromBody == "string" && fromBody !== "" ? fromBody : error.message ?? "").split(`
`)[0].slice(0, 200);
}
function describeGitHubError(error, repository2, step, kind, apiUrl, anonymous = !1) {
  if (error instanceof UserError) return error;
  let badToken = headerFailure(error);
  if (badToken) return new UserError(badToken);
  let unanswered = noAnswerMessage(error, apiUrl ?? urlOf2(error));
  if (unanswered) return new UserError(`${unanswered} (while trying to ${step} on ${repository2})`);
  if (!isHttpError(error)) return error instanceof Error ? error : new Error(String(error));
  let message2 = gitHubMessage(error);
  if (error.status === 429 || error.status === 403 && /rate limit/i.test(message2))
    return new Error(
      `GitHub's rate limit held while trying to ${step} on ${repository2} (${error.status} ${message2}): ${whenToRetry(error)}`
    );
  if (anonymous && [401, 403, 404].includes(error.status))
    return new UserError(
      `no token was given (GITHUB_TOKEN is empty), and ${repository2} cannot be read without one (${error.status} ${message2} while trying to ${step})`
    );
  switch (error.status) {
    case 401:
      return new UserError(`GitHub rejected the token (401 ${message2}) while trying to ${step} on ${repository2}: check the token`);
    case 403:
      return /not permitted to create or approve pull requests/i.test(message2) ? new UserError(
        `GitHub Actions may not open pull requests on ${repository2} (403 ${message2}) while trying to ${step}: tick "Allow GitHub Actions to create and approve pull requests" in its Settings \u2192 Actions \u2192 General, or give an App's token`
      ) : kind === "write" ? new UserError(
        `the token may not write to ${repository2} (403 ${message2}) while trying to ${step}: it needs Contents and Pull requests read and write permission there`
      ) : new UserError(`the token may not read ${repository2} (403 ${message2}) while trying to ${step}`);
    case 404:
      return new UserError(
        `${repository2}: not found while trying to ${step} (404): check the repository name and that the token can see it`
      );
    default:
      return new Error(`GitHub answered ${error.status} (${message2}) while trying to ${step} on ${repository2}`);
  }
}
function whenToRetry(error) {
  let headers = error.response?.headers ?? {}, reset = Number(headers["x-ratelimit-reset"]);
  return headers["x-ratelimit-remaining"] !== "0" || !Number.isFinite(reset) || reset <= 0 ? "run it again later" : `it resets at ${new Date(reset * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z")}; run it again after that`;
}
function urlOf2(error) {
  let url = error.request?.url;
  if (typeof url != "string") return "GitHub";
  try {
    return new URL(url).origin;
  } catch {
    return "GitHub";
  }
}

// src/github/repos.ts
var repos = {
  /** Its default branch, node id and the token's permissions. */
  get: () => restOperation("GET /repos/{owner}/{repo}", {}),
  /** The commits of `sha`'s history that touch `path` (the whole tree when absent), newest first. */
  listCommits: (sha, path3, perPage) => restOperation("GET /repos/{owner}/{repo}/commits", { sha, ...path3 === void 0 ? {} : { path: path3 }, per_page: perPage })
};

// src/github/repository-api.ts
var GitHubRepoApi = class {
  constructor(client, repository2, anonymous = !1) {
    this.client = client;
    this.anonymous = anonymous;
    this.name = parseRepositoryName(repository2, "target-repository"), this.fullName = formatRepositoryName(this.name);
    let baseUrl = client.request.endpoint.DEFAULTS.baseUrl;
    this.apiUrl = typeof baseUrl == "string" ? baseUrl : "GitHub";
  }
  client;
  anonymous;
  name;
  /** OWNER/NAME, for messages. */
  fullName;
  counts = { total: 0, writes: 0 };
  /** The API root the client talks to, for "could not reach …" lines. */
  apiUrl;
  repositoryRead;
  /** The repository's owner: a pull request's head branch and a team are named under it. */
  get owner() {
    return this.name.owner;
  }
  /**
   * The repository's default branch and, where the token type returns them, the token's
   * permissions on it: one request, shared by the early check and the base read.
   */
  repository() {
    return this.repositoryRead ??= this.call("read the repository", repos.get()).then((data) => ({
      defaultBranch: data.default_branch,
      permissions: data.permissions,
      nodeId: data.node_id
    })), this.repositoryRead;
  }
  /** What another read (the site's GraphQL query) already told of the repository: `repository()` then sends nothing. */
  remember(facts) {
    this.repositoryRead ??= Promise.resolve(facts);
  }
  /** Sends one request; failures become one line that never carries request headers. */
  async call(step, operation) {
    this.count(operation.kind);
    try {
      return await operation.send(this.client, this.name);
    } catch (error) {
      throw this.describe(error, step, operation.kind);
    }
  }
  /** Like `call`, but hands back the listed HTTP statuses (and GitHub's message) as a value instead of throwing. */
  async attempt(step, statuses, operation) {
    this.count(operation.kind);
    try {
      return { ok: !0, value: await operation.send(this.client, this.name) };
    } catch (error) {
      let status = error.status;
      if (typeof status == "number" && statuses.includes(status))
        return { ok: !1, status, message: gitHubMessage(error) };
      throw this.describe(error, step, operation.kind);
    }
  }
  count(kind) {
    this.counts.total++, kind === "write" && this.counts.writes++;
  }
  describe(error, step, kind) {
    return describeGitHubError(error, this.fullName, step, kind, this.apiUrl, this.anonymous);
  }
};

// src/report/fit-blocks.ts
function fitParts(parts, compose, limit = 65536) {
  let blocks = Object.values(parts).flatMap((part) => part.filter((p) => typeof p != "string")), folded = /* @__PURE__ */ new Set(), render = () => {
    let rendered = {};
    for (let key2 of Object.keys(parts))
      rendered[key2] = parts[key2].map((p) => typeof p == "string" ? p : folded.has(p) ? p.collapsed : p.full).join("");
    return compose(rendered);
  }, text2 = render(), order = blocks.map((block, index) => ({ block, index })).sort((a, b) => b.block.full.length - a.block.full.length || b.index - a.index);
  for (let { block } of order) {
    if (text2.length <= limit) break;
    block.collapsed.length >= block.full.length || (folded.add(block), text2 = render());
  }
  if (text2.length > limit) {
    let note = `

_\u2026cut to stay under GitHub's size limit._`, cut2 = text2.lastIndexOf(`
`, limit - note.length);
    text2 = text2.slice(0, cut2 > 0 ? cut2 : limit - note.length) + note;
  }
  return { text: text2, collapsed: folded.size };
}

// src/report/health-report.ts
var day = (iso) => new Date(Date.parse(iso)).toISOString().slice(0, 10), plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
function coverageCellText(cell) {
  let parts = [
    cell.current ? `${cell.current} \u2713` : "",
    cell.stale ? `${cell.stale} stale` : "",
    cell.unknown ? `${cell.unknown} translated` : "",
    cell.missing ? `${cell.missing} missing` : "",
    cell.extra ? `${cell.extra} without English` : ""
  ].filter(Boolean);
  return parts.length ? parts.join(" \xB7 ") : "\u2014";
}
function healthHeadline(report) {
  let parts = [];
  if (report.stale.available) {
    let per = Object.entries(stalePerLanguage(report.stale.stale)).map(([l, n]) => `${l} ${n}`);
    parts.push(`${plural(report.stale.stale.length, "stale translation")}${per.length ? ` (${per.join(", ")})` : ""}`);
  } else parts.push("stale translations unknown");
  let left = report.languages.unconfigured.filter((u) => !u.written);
  left.length && parts.push(`${plural(left.length, "language")} the site cannot show`);
  let problems = report.findings.filter((f) => f.kind !== "english-landing");
  problems.length && parts.push(plural(problems.length, "link or markup problem"));
  let landing = report.findings.filter((f) => f.kind === "english-landing" && !f.rewritten);
  return landing.length && parts.push(plural(landing.length, "English landing link")), `Content health: ${parts.join(", ")}`;
}
var Budget = class {
  constructor(max) {
    this.max = max;
  }
  max;
  size = 0;
  lines = [];
  add(...lines) {
    let size = lines.reduce((sum, line) => sum + line.length + 1, 0);
    return this.size + size > this.max - 120 ? !1 : (this.lines.push(...lines), this.size += size, !0);
  }
  rows(rows, noun) {
    for (let i = 0; i < rows.length; i++)
      if (!this.add(rows[i])) {
        this.lines.push("", `\u2026and ${rows.length - i} more ${noun} (see the job summary).`), this.size = this.max;
        return;
      }
  }
};
function healthReportMarkdown(report, options = {}) {
  let out = new Budget(options.maxChars ?? 1 / 0);
  return out.add("### Content health", "", `**${markdownText(healthHeadline(report).replace(/^Content health: /, ""))}**`, ""), coverageSection(report, out), staleSection(report, out, options.source), languageSection(report, out), findingSection(report, out), out.lines.join(`
`) + `
`;
}
function coverageSection(report, out) {
  let { coverage } = report;
  if (out.add(
    "#### Translation coverage",
    "",
    "English articles per section; per language: translated and current (\u2713), translated but stale, missing.",
    ""
  ), coverage.languages.length === 0) {
    out.add("_No translations._", "");
    return;
  }
  for (let row of coverageTable(coverage)) out.add(row);
  out.add("");
}
function coverageTable(coverage) {
  return [
    `| section | articles | ${coverage.languages.map(markdownText).join(" | ")} |`,
    `| --- | ---: |${" --- |".repeat(coverage.languages.length)}`,
    ...coverage.rows.map(
      (row) => `| ${cellCodeSpan(row.section)} | ${row.englishArticles} | ${coverage.languages.map((l) => coverageCellText(row.cells[l])).join(" | ")} |`
    ),
    `| **total** | ${coverage.totals.englishArticles} | ${coverage.languages.map((l) => coverageCellText(coverage.totals.cells[l])).join(" | ")} |`
  ];
}
function commitLink(commit, source) {
  let server2 = (source?.serverUrl ?? "https://github.com").replace(/\/+$/, ""), url = commit.url ?? (source ? `${server2}/${source.repository}/commit/${commit.oid}` : void 0), text2 = cellCodeSpan(commit.headline || commit.oid.slice(0, 7));
  return url ? `[${text2}](${linkDestination(url)})` : text2;
}
var COMMITS_SHOWN = 3;
function staleSection(report, out, source) {
  let { stale } = report;
  if (out.add("#### Stale translations", ""), !stale.available) {
    out.add(`_Not available: ${markdownText(stale.reason)}._`, "");
    return;
  }
  let per = Object.entries(stalePerLanguage(stale.stale)).map(([l, n]) => `${l} ${n}`);
  if (out.add(
    `${plural(stale.stale.length, "stale translation")}${per.length ? ` (${per.join(", ")})` : ""} among ${stale.checked} compared${stale.unknown.length ? `; ${stale.unknown.length} could not be compared (history not read)` : ""}.` + (stale.asOf ? ` Days are counted to ${day(stale.asOf)}, the newest commit read.` : ""),
    ""
  ), stale.stale.length === 0) return;
  out.add("| page | translated | English changes since | stale for |", "| --- | --- | --- | ---: |");
  let rows = stale.stale.map((s) => {
    let shown = s.commits.slice(0, COMMITS_SHOWN).map((c) => `${day(c.date)} ${commitLink(c, source)}`);
    return s.commits.length > COMMITS_SHOWN && shown.push(`\u2026and ${s.commits.length - COMMITS_SHOWN} more`), `| ${cellCodeSpan(s.page)} | ${day(s.translatedAt)} | ${shown.join("<br>")} | ${plural(s.days, "day")} |`;
  });
  out.rows(rows, "stale translations"), out.add("");
}
function languageSection(report, out) {
  let { site, unconfigured, missingLandingPages } = report.languages;
  if (out.add("#### Languages the site can show", ""), site.kind === "none") {
    out.add(
      `No Hugo language configuration found at the base commit (looked for ${site.looked.map(codeSpan).join(", ")}): pages of every language are written.`,
      ""
    );
    return;
  }
  if (site.kind === "unreadable") {
    out.add(
      `The language configuration ${codeSpan(site.file)} could not be read (${markdownText(site.reason.slice(0, 80))}): pages of every language are written.`,
      ""
    );
    return;
  }
  out.add(
    `From ${codeSpan(site.file)}: ${markdownText(site.languages.join(", "))}${site.disabled.length ? ` (disabled: ${markdownText(site.disabled.join(", "))})` : ""}.`,
    ""
  );
  for (let u of unconfigured) {
    let what = u.written ? "written anyway (`unconfigured-languages: write`); Hugo shows them as English pages" : "not written";
    out.add(
      `- **${markdownText(u.language)}** is not configured: ${plural(u.pages, "page")} from ${u.folders.map(codeSpan).join(", ")} ${what}.`
    );
  }
  for (let m of missingLandingPages)
    out.add(
      `- **${markdownText(m.language)}** has no Learning Path landing page: ${codeSpan(m.path)} is missing at the top of the target path.`
    );
  unconfigured.length === 0 && missingLandingPages.length === 0 && out.add("Every language of the Learning Path is configured and has its landing page."), out.add("");
}
function findingSection(report, out) {
  let problems = report.findings.filter((f) => f.kind !== "english-landing"), landing = /* @__PURE__ */ new Map();
  for (let f of report.findings) {
    if (f.kind !== "english-landing") continue;
    let own = landing.get(f.file);
    own ? own.push(f) : landing.set(f.file, [f]);
  }
  if (out.add("#### Links and markup", ""), problems.length === 0 && landing.size === 0) {
    out.add("_No broken or malformed links, no unsafe markup._", "");
    return;
  }
  if (problems.length && (out.add("| source | problem |", "| --- | --- |"), out.rows(
    problems.map((f) => `| ${cellCodeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`)} | ${findingText(f)} |`),
    "problems"
  ), out.add("")), landing.size) {
    let rewritten = [...landing.values()].every((list2) => list2.every((f) => f.rewritten));
    out.add(
      rewritten ? "Links from translations to English section landing pages, pointed at the translated landing pages (`rewrite-section-links: true`):" : "Links from translations to English section landing pages whose translated landing page exists (`rewrite-section-links: true` points them there):",
      ""
    ), out.rows(
      [...landing].map(([file, list2]) => {
        let lines = [...new Set(list2.flatMap((f) => f.line ? [f.line] : []))];
        return `- ${codeSpan(file)}: ${plural(list2.length, "link")}${lines.length ? ` (line${lines.length === 1 ? "" : "s"} ${lines.join(", ")})` : ""}`;
      }),
      "files"
    ), out.add("");
  }
}
var FINDING_NAMES = {
  "missing-page": "no such page",
  "malformed-url": "malformed URL",
  "unsafe-html": "unsafe markup",
  "english-landing": "English landing page"
};
function findingText(finding) {
  return `${FINDING_NAMES[finding.kind]}: ${cellCodeSpan(finding.target)} \u2014 ${markdownText(finding.detail)}`;
}

// src/report/source-link.ts
function sourceLink(source) {
  let server2 = (source.serverUrl ?? "https://github.com").replace(/\/+$/, ""), repository2 = markdownText(source.repository);
  return source.commit ? `[${repository2}@${source.commit.slice(0, 7)}](${linkDestination(`${server2}/${source.repository}/commit/${source.commit}`)})` : `[${repository2}@${markdownText(source.ref)}](${linkDestination(`${server2}/${source.repository}/tree/${source.ref}`)})`;
}

// src/dashboard/dashboard-marker.ts
var DASHBOARD_MARKER = "<!-- learning-path-sync translation-dashboard -->", DASHBOARD_SEARCH_PHRASE = "learning-path-sync translation-dashboard";

// src/dashboard/dashboard-body.ts
var COMMITS_SHOWN2 = 5, day2 = (iso) => new Date(Date.parse(iso)).toISOString().slice(0, 10), plural2 = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`, LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function dashboardBody(input, limit = 65536) {
  let body = [
    `${DASHBOARD_MARKER}
`,
    "_Kept up to date by learning-path-sync on every sync of the website: edits to this text are replaced. ",
    `Closed by hand, it is reopened by the next sync unless it carries the stop label._

`,
    `${headline(input.report, input.missing)}

`,
    ...coverageSection2(input.report),
    ...staleSection2(input),
    ...missingSection(input),
    `## Source

This issue reflects ${sourceLink(input.source)}.
`
  ];
  return fitParts({ body }, (rendered) => rendered.body, limit).text;
}
function headline(report, missing) {
  let { stale } = report, missingText = `${plural2(missing.length, "missing translation")} (English articles without one, per language)`;
  if (!stale.available) return `**Stale translations cannot be told** (${markdownText(stale.reason)}); ${missingText}.`;
  let per = Object.entries(stalePerLanguage(stale.stale)).map(([l, n]) => `${l} ${n}`);
  return `**${plural2(stale.stale.length, "stale translation")}**${per.length ? ` (${markdownText(per.join(", "))})` : ""} among ${stale.checked} compared with their English articles; ${missingText}.`;
}
function coverageSection2(report) {
  let { coverage } = report, head = `## Coverage

English articles per section; per language: translated and current (\u2713), translated but stale, missing.

`;
  if (coverage.languages.length === 0) return [head, `_No translations._

`];
  let rows = coverageTable(coverage);
  return [head, { full: `${rows.join(`
`)}

`, collapsed: `_The table is left out to stay under GitHub's size limit._

` }];
}
function staleSection2(input) {
  let { stale } = input.report, part = [`## Stale translations

`];
  if (!stale.available) return [...part, `_Not available: ${markdownText(stale.reason)}._

`];
  if (stale.stale.length === 0) return [...part, `_None: every translation compared has all its English changes._

`];
  part.push(`Translations whose English article changed after they last did, with the English commits they lack.

`);
  for (let [language, list2] of byLanguage(stale.stale)) {
    let entries = list2.map((s) => staleEntry(s, input)).join(""), summary = `${plural2(list2.length, "stale translation")} in ${language}`;
    part.push(
      `### ${markdownText(language)} (${list2.length})

`,
      details(summary, entries, `${plural2(list2.length, "stale translation")}`)
    );
  }
  return part;
}
function staleEntry(s, input) {
  let title = input.titles.get(s.page) ?? input.titles.get(englishPage(s.page)) ?? s.page, links = `[English](${linkDestination(fileUrl(input.source, s.english))}) \xB7 [translation](${linkDestination(fileUrl(input.source, s.source))})`, shown = s.commits.slice(0, COMMITS_SHOWN2).map((c) => `    - ${day2(c.date)} ${commitLink2(c, input.source)}
`);
  s.commits.length > COMMITS_SHOWN2 && shown.push(`    - \u2026and ${s.commits.length - COMMITS_SHOWN2} more
`);
  let people = s.translators.length ? ` by ${s.translators.map((p) => personText(p, input.mentions)).join(", ")}` : "";
  return `- **${markdownText(title)}** (${codeSpan(s.page)}): ${links}
  - translation last changed ${day2(s.translatedAt)}${people}; English commits since:
` + shown.join("");
}
function missingSection(input) {
  let part = [`## Missing translations

`];
  if (input.missing.length === 0) return [...part, `_None: every English article is translated in every language._

`];
  for (let [language, list2] of byLanguage(input.missing)) {
    let entries = list2.map(
      (m) => `- **${markdownText(input.titles.get(m.page) ?? m.page)}** (${codeSpan(m.page)}): [English](${linkDestination(fileUrl(input.source, m.english))})
`
    ).join(""), summary = `${plural2(list2.length, "English article")} without a ${language} translation`;
    part.push(`### ${markdownText(language)} (${list2.length})

`, details(summary, entries, plural2(list2.length, "missing translation")));
  }
  return part;
}
function details(summary, entries, what) {
  return {
    full: `<details>
<summary>${htmlText(summary)}</summary>

${entries}
</details>

`,
    collapsed: `_${what}, not listed here to stay under GitHub's size limit; the job summary of the sync lists them._

`
  };
}
function byLanguage(items) {
  let groups2 = /* @__PURE__ */ new Map();
  for (let item of [...items].sort((a, b) => a.language < b.language ? -1 : a.language > b.language ? 1 : 0)) {
    let own = groups2.get(item.language);
    own ? own.push(item) : groups2.set(item.language, [item]);
  }
  return groups2;
}
function englishPage(page) {
  return page.replace(/\.[^./]+\.md$/, ".md");
}
function serverOf(source) {
  return (source.serverUrl ?? "https://github.com").replace(/\/+$/, "");
}
function fileUrl(source, path3) {
  let at2 = source.commit ?? source.ref;
  return `${serverOf(source)}/${source.repository}/blob/${encodeURIComponent(at2)}/${path3.split("/").map(encodeURIComponent).join("/")}`;
}
function commitLink2(commit, source) {
  let url = commit.url ?? `${serverOf(source)}/${source.repository}/commit/${commit.oid}`;
  return `[${codeSpan(commit.headline || commit.oid.slice(0, 7))}](${linkDestination(url)})`;
}
function personText(person2, mentions) {
  return mentions && person2.login !== null && LOGIN.test(person2.login) ? `@${person2.login}` : markdownText(person2.name);
}

// src/dashboard/dashboard-step.ts
var sameText = (a, b) => a.replace(/\r\n/g, `
`) === b.replace(/\r\n/g, `
`);
function dashboardStep(found, wanted) {
  let [dashboard, ...others] = [...found].sort((a, b) => a.number - b.number);
  if (!dashboard) return { kind: "create" };
  let stopped = dashboard.state === "closed" && dashboard.labels.some((l) => l.toLowerCase() === wanted.stopLabel.toLowerCase());
  if (!stopped) {
    let changes = {};
    dashboard.title !== wanted.title && (changes.title = wanted.title), sameText(dashboard.body, wanted.body) || (changes.body = wanted.body);
    let reopen = dashboard.state === "closed";
    if (reopen && (changes.state = "open"), Object.keys(changes).length > 0) return { kind: "edit", issue: dashboard, changes, reopen };
  }
  let duplicate = others.find((issue) => issue.state === "open");
  return duplicate ? { kind: "close-duplicate", issue: duplicate, of: dashboard } : { kind: "none", issue: dashboard, why: stopped ? "stopped" : "current" };
}

// src/dashboard/keep-dashboard.ts
function translationDashboardBody(input) {
  let titles = /* @__PURE__ */ new Map();
  for (let page of input.pages) typeof page.frontMatter.title == "string" && titles.set(page.path, page.frontMatter.title);
  return dashboardBody({
    report: input.report,
    missing: missingTranslations(input.sources),
    titles,
    source: input.source,
    mentions: input.mentions
  });
}
async function keepTranslationDashboard(input, options, dryRun, context) {
  if (options.title === void 0) return;
  let title = options.title, { logger } = context;
  return logger.group("Translation dashboard", async () => {
    let body = translationDashboardBody({ ...input, mentions: options.mentions }), repository2 = input.source.repository;
    if (dryRun)
      return logger.info(`dashboard: dry run, the issue "${title}" in ${repository2} is not touched (${body.length} characters)`), { operation: "dry-run", body };
    if (!options.token) {
      let reason = "no dashboard-token (DASHBOARD_TOKEN for the command line)";
      return logger.warning(`dashboard: not kept: ${reason}; the sync itself is done`), { operation: "not-kept", body, reason };
    }
    let client = createGitHubClient({ ...context, github: { token: options.token, apiUrl: context.github.apiUrl } }, "write"), api = new GitHubRepoApi(client, repository2);
    try {
      let found = (await api.call("search for the dashboard issue", issues.searchBodies(DASHBOARD_SEARCH_PHRASE))).items.flatMap(dashboardIssue), step = dashboardStep(found, { title, body, stopLabel: options.stopLabel }), result = await applyStep(api, step, title, body);
      return logger.info(`dashboard: ${describe2(result, step, options.stopLabel)}`), result;
    } catch (error) {
      let reason = error instanceof Error ? error.message : String(error);
      return logger.warning(`dashboard: not kept: ${reason}; the sync itself is done`), { operation: "not-kept", body, reason };
    }
  });
}
function dashboardIssue(item) {
  return item.pull_request || !item.body?.includes(DASHBOARD_MARKER) ? [] : [
    {
      number: item.number,
      state: item.state === "closed" ? "closed" : "open",
      title: item.title,
      body: item.body,
      labels: item.labels.flatMap((label) => typeof label == "string" ? [label] : label.name ? [label.name] : []),
      url: item.html_url
    }
  ];
}
var REFUSALS = [403, 404, 410];
async function applyStep(api, step, title, body) {
  let refused = (status) => {
    let why = status === 410 ? `issues are turned off in ${api.fullName} (410)` : `the token may not write issues in ${api.fullName} (${status}): give the workflow \`permissions: issues: write\` (or a dashboard-token that can)`;
    throw new Error(why);
  };
  switch (step.kind) {
    case "create": {
      let made = await api.attempt("open the dashboard issue", REFUSALS, issues.create(title, body));
      return made.ok ? { operation: "created", issue: { number: made.value.number, url: made.value.html_url }, body } : refused(made.status);
    }
    case "edit": {
      let edited = await api.attempt(
        `edit the dashboard issue #${step.issue.number}`,
        REFUSALS,
        issues.edit(step.issue.number, step.changes)
      );
      return edited.ok ? { operation: step.reopen ? "reopened" : "updated", issue: { number: step.issue.number, url: step.issue.url }, body } : refused(edited.status);
    }
    case "close-duplicate": {
      let closed = await api.attempt(
        `close the duplicate dashboard issue #${step.issue.number}`,
        REFUSALS,
        issues.edit(step.issue.number, { state: "closed", state_reason: "duplicate" })
      );
      return closed.ok ? { operation: "closed-duplicate", issue: { number: step.of.number, url: step.of.url }, body } : refused(closed.status);
    }
    case "none":
      return {
        operation: step.why === "stopped" ? "left-closed" : "unchanged",
        issue: { number: step.issue.number, url: step.issue.url },
        body
      };
  }
}
function describe2(result, step, stopLabel) {
  let where = result.issue ? ` #${result.issue.number} ${result.issue.url}` : "";
  switch (result.operation) {
    case "left-closed":
      return `left closed (it carries the label "${stopLabel}"):${where}`;
    case "closed-duplicate":
      return `closed #${step.kind === "close-duplicate" ? step.issue.number : "?"} as a duplicate of${where}`;
    default:
      return `${result.operation}${where}`;
  }
}

// src/dashboard/dashboard-file.ts
async function writeDashboardFile(file, input) {
  let health = checkHealth({
    sources: input.sources,
    pages: input.pages,
    history: input.history,
    historyUnavailable: "contributors: none reads no commit history",
    siteHas: () => !1,
    siteLanguages: { kind: "none", looked: [] },
    unconfiguredLanguages: "write",
    rewriteSectionLinks: !1
  }), body = translationDashboardBody({ ...input, report: health.report });
  return await writeFile(file, body), body;
}

// src/render/serialize.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/shared/marker.ts
var AUTOGENERATED_MARKER = "<!--- This file autogenerated from https://github.com/InnerSourceCommons/InnerSourceLearningPath/blob/main/scripts -->";
function hasAutogeneratedMarker(text2) {
  return text2.includes(AUTOGENERATED_MARKER);
}

// src/render/serialize.ts
function serializePage(page) {
  return ["---", import_yaml5.default.stringify(frontMatterOf(page), {
    customTags: (tags) => [portableStringTag, ...tags],
    aliasDuplicateObjects: !1
  }).trim(), "---", page.body, AUTOGENERATED_MARKER].filter((part) => part !== "").join(`
`);
}
function frontMatterOf(page) {
  if (page.contributors === null) return page.frontMatter;
  let list2 = page.contributors.map((c) => ({ name: c.name, url: c.url })), out = {}, placed = !1;
  for (let [key2, value] of Object.entries(page.frontMatter))
    out[key2] = value, key2 === "title" && (out.contributors = list2, placed = !0);
  return placed || (out.contributors = list2), out;
}

// src/plan/blob-sha.ts
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  let bytes2 = typeof content == "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes2.byteLength}\0`).update(bytes2).digest("hex");
}

// src/plan/contributor-names.ts
function contributorNames(pageContent) {
  return pageContributors(pageContent)?.map((c) => c.name) ?? null;
}
function diffContributors(before, after) {
  let had = new Set(before), has = new Set(after);
  return { added: after.filter((n) => !had.has(n)), removed: before.filter((n) => !has.has(n)) };
}

// src/plan/map-limit.ts
async function mapWithLimit(items, limit, fn) {
  let results = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let index = next++;
      results[index] = await fn(items[index]);
    }
  };
  return await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)), results;
}

// src/plan/plan-changes.ts
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function classifyPaths(desiredShas, current2, inScope = () => !0) {
  let result = { add: [], unchanged: [], maybeUpdate: [], maybeDelete: [] };
  for (let [path3, sha] of desiredShas) {
    let currentSha = current2.get(path3);
    currentSha === void 0 ? result.add.push(path3) : currentSha === sha ? result.unchanged.push(path3) : result.maybeUpdate.push(path3);
  }
  for (let path3 of current2.keys())
    !desiredShas.has(path3) && isGeneratedPagePath(path3) && inScope(path3) && result.maybeDelete.push(path3);
  for (let list2 of [result.add, result.unchanged, result.maybeUpdate, result.maybeDelete]) list2.sort();
  return result;
}
async function planChanges(pages, current2, options) {
  let desired = new Map(pages.map((page) => [page.path, { page, content: serializePage(page) }])), desiredShas = new Map([...desired].map(([path3, { content }]) => [path3, gitBlobSha(content)])), buckets = classifyPaths(desiredShas, current2, options.inScope), toRead = [...buckets.maybeUpdate, ...buckets.maybeDelete], contents = await mapWithLimit(toRead, options.concurrency ?? 8, options.readCurrent), currentContent = new Map(toRead.map((path3, i) => [path3, contents[i]])), plan = { add: [], update: [], delete: [], unchanged: buckets.unchanged, protected: [] }, namesOf = (page) => (page.contributors ?? []).map((c) => c.name);
  for (let path3 of buckets.add) {
    let { page, content } = desired.get(path3);
    plan.add.push({ path: path3, page, content, sha: desiredShas.get(path3), contributors: diffContributors([], namesOf(page)) });
  }
  for (let path3 of buckets.maybeUpdate) {
    let previousContent = currentContent.get(path3);
    if (!hasAutogeneratedMarker(previousContent)) {
      plan.protected.push({ path: path3, wouldHave: "update" });
      continue;
    }
    let { page, content } = desired.get(path3), before = contributorNames(previousContent), after = namesOf(page);
    plan.update.push({
      path: path3,
      page,
      content,
      sha: desiredShas.get(path3),
      previousSha: current2.get(path3),
      previousContent,
      ...before ? { contributors: diffContributors(before, after) } : {}
    });
  }
  for (let path3 of buckets.maybeDelete) {
    let previousContent = currentContent.get(path3);
    if (!hasAutogeneratedMarker(previousContent)) {
      plan.protected.push({ path: path3, wouldHave: "delete" });
      continue;
    }
    let before = contributorNames(previousContent);
    plan.delete.push({
      path: path3,
      previousSha: current2.get(path3),
      previousContent,
      ...before ? { contributors: diffContributors(before, []) } : {}
    });
  }
  return plan.protected.sort(byPath), plan;
}
function planCounts(plan) {
  return {
    added: plan.add.length,
    updated: plan.update.length,
    deleted: plan.delete.length,
    unchanged: plan.unchanged.length,
    protected: plan.protected.length
  };
}
function isEmptyPlan(plan) {
  return plan.add.length + plan.update.length + plan.delete.length === 0;
}
function changedPaths(plan) {
  return [...plan.add, ...plan.update, ...plan.delete].map((p) => p.path).sort();
}

// src/plan/plan-stage.ts
function pagesToWrite(pages, rewriteSectionLinks2, siteHas) {
  return rewriteSectionLinks2 ? rewriteTranslatedSectionLinks(pages, landingIn(pages, siteHas)) : [...pages];
}
async function planStage(run, options, logger) {
  let { snapshot, site } = run.site, kept = keptByContentErrors(run.rendered.errors), inScope = (p) => !kept(p) && isLanguageSelected(run.loaded.languages, pageLanguage(p)) && !run.leftOut.has(pageLanguage(p)), pages = pagesToWrite(run.credited.pages, options.rewriteSectionLinks, (p) => snapshot.files.has(p)), planned = await planChanges(pages, snapshot.files, { readCurrent: (p) => snapshot.read(p), inScope });
  for (let p of planned.protected)
    logger.warning(`left alone: no autogenerated marker (would have been ${p.wouldHave === "update" ? "updated" : "deleted"})`, {
      file: site.repositoryPath(p.path),
      kind: "protected-page"
    });
  return planned;
}

// src/publish/local-site.ts
import { lstat as lstat3, readdir as readdir2, readFile as readFile2, rm, rmdir as rmdir2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/shared/file-system-error.ts
var PROBLEMS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EEXIST: "it already exists",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the name is too long",
  EBUSY: "it is busy",
  EMFILE: "too many open files"
}, ACTIONS = {
  mkdir: "create the folder",
  open: "open",
  scandir: "list",
  opendir: "list",
  unlink: "delete",
  rm: "delete",
  rmdir: "remove the folder",
  write: "write",
  read: "read",
  stat: "read",
  lstat: "read",
  access: "write into"
};
function fileSystemOptionError(error, option) {
  if (!error || typeof error != "object") return;
  let { code, path: path3, syscall } = error;
  if (typeof code != "string" || !(code in PROBLEMS)) return;
  let action = (syscall && ACTIONS[syscall]) ?? syscall ?? "use";
  return new OptionError(option, `cannot ${action} ${path3 ?? "(no path given)"}: ${PROBLEMS[code]} (${code})`);
}

// src/shared/make-folder.ts
import { access, constants as constants2, lstat as lstat2, mkdir, rmdir, stat as stat2 } from "node:fs/promises";
import path from "node:path";
async function nearestExisting(dir) {
  let missing = [];
  for (let at2 = path.resolve(dir); ; at2 = path.dirname(at2)) {
    if (await lstat2(at2).catch((error) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
      throw error;
    })) return { existing: at2, missing: missing.reverse() };
    if (path.dirname(at2) === at2) return { existing: at2, missing: missing.reverse() };
    missing.push(at2);
  }
}
async function checkParent(existing, first) {
  if (!(await stat2(existing)).isDirectory())
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${first}'`), { code: "ENOTDIR", syscall: "mkdir", path: first });
  await access(existing, constants2.W_OK | constants2.X_OK);
}
async function makeFolder(dir) {
  let { existing, missing } = await nearestExisting(dir);
  if (missing.length !== 0) {
    await checkParent(existing, missing[0]);
    for (let level of missing)
      await mkdir(level).catch((error) => {
        if (error.code !== "EEXIST") throw error;
      });
  }
}
async function checkFolderCanBeMade(dir) {
  let { existing, missing } = await nearestExisting(dir);
  missing.length !== 0 && (await checkParent(existing, missing[0]), await mkdir(missing[0]), await rmdir(missing[0]));
}

// src/shared/nearest-names.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
function nearestNames(wanted, names, count2 = 3) {
  let lower = wanted.toLowerCase();
  return [...new Set(names)].map((name) => ({ name, distance: editDistance(lower, name.toLowerCase()) })).sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, count2).map((entry) => entry.name);
}
function nearestFolders(missing, folders, count2 = 3) {
  let parts = missing.split("/"), existing = new Set(folders), depth = parts.length - 1;
  for (; depth > 0 && !existing.has(parts.slice(0, depth).join("/")); ) depth--;
  let parent = parts.slice(0, depth).join("/"), prefix = parent === "" ? "" : `${parent}/`, children = folders.filter((f) => f.startsWith(prefix) && f.length > prefix.length && !f.slice(prefix.length).includes("/")), names = nearestNames(
    parts[depth],
    children.map((f) => f.slice(prefix.length)),
    count2
  );
  return { parent, nearest: names.map((name) => prefix + name) };
}

// src/shared/write-progress.ts
var current;
function startWriting(write) {
  current = { write, done: !1 };
}
function finishWriting() {
  current && (current.done = !0);
}
function interruptedState() {
  if (!current) return "nothing was written";
  let { write, done } = current;
  return done ? `${write.target} was already written in full` : `it was writing to ${write.target}: ${write.leftBehind}`;
}

// src/publish/local-site.ts
var OUT = "out", LocalSite = class {
  constructor(folder, options = {}) {
    this.options = options;
    this.root = path2.resolve(folder);
  }
  options;
  root;
  async check() {
    let info = await lstat3(this.root).catch((error) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
      throw fileSystemOptionError(error, OUT) ?? error;
    });
    if (info && !info.isDirectory()) throw new OptionError(OUT, `${this.root} is a file, not a folder`);
    if (!info && !this.options.createTargetPath) throw await this.missingFolder();
  }
  /** The folder does not exist: most likely a typo, so the folders nearest to what was typed; a new site is the exception. */
  async missingFolder() {
    let parent = path2.dirname(this.root), wanted = path2.basename(this.root);
    for (; !(await lstat3(parent).catch(() => null))?.isDirectory() && path2.dirname(parent) !== parent; )
      wanted = path2.basename(parent), parent = path2.dirname(parent);
    let folders = await readdir2(parent, { withFileTypes: !0 }).then(
      (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      () => []
    ), nearest = nearestNames(wanted, folders).map((name) => path2.join(parent, name));
    return new OptionError(
      OUT,
      (name) => `${this.root} does not exist: check its spelling${nearest.length ? ` (nearest folders: ${nearest.join(", ")})` : ` (${parent} has no folders)`}; only to start a new site there, ${name("create-target-path", "true")} creates it`
    );
  }
  repositoryPath(relPath) {
    return path2.join(this.root, ...relPath.split("/"));
  }
  async load() {
    try {
      return await this.loadFiles();
    } catch (error) {
      throw fileSystemOptionError(error, OUT) ?? error;
    }
  }
  async loadFiles() {
    await this.check();
    let files = /* @__PURE__ */ new Map(), walk = async (dir, prefix) => {
      let entries;
      try {
        entries = await readdir2(dir, { withFileTypes: !0 });
      } catch (error) {
        if (error.code === "ENOENT") return;
        throw error;
      }
      for (let entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
        if (entry.name === ".git") continue;
        let rel = prefix + entry.name;
        entry.isDirectory() ? await walk(path2.join(dir, entry.name), rel + "/") : entry.isFile() && files.set(rel, gitBlobSha(await readFile2(path2.join(dir, entry.name))));
      }
    };
    return await walk(this.root, ""), {
      files,
      read: (rel) => readFile2(this.repositoryPath(rel), "utf8"),
      label: this.root,
      readSiteFile: (paths) => this.readSiteFile(paths)
    };
  }
  /**
   * A file of the site checkout the pages folder is in: the first of `paths` found in the
   * nearest folder above (or at) the pages folder that has one, looking no higher than the
   * site's root (the folder holding `.git`, or the `content` folder the pages are in).
   */
  async readSiteFile(paths) {
    let info = (file) => lstat3(file).catch(() => null);
    for (let dir = this.root; ; dir = path2.dirname(dir)) {
      for (let rel of paths) {
        let file = path2.join(dir, ...rel.split("/"));
        if ((await info(file))?.isFile()) return { path: rel, text: await readFile2(file, "utf8") };
      }
      if (await info(path2.join(dir, ".git")) !== null || (await info(path2.join(dir, "content")))?.isDirectory() === !0 || path2.dirname(dir) === dir) return null;
    }
  }
  async publish(request2) {
    try {
      return await this.writePlan(request2);
    } catch (error) {
      throw fileSystemOptionError(error, OUT) ?? error;
    }
  }
  async writePlan(request2) {
    let { plan } = request2;
    await this.refuseUnsafePaths(changedPaths(plan)), this.options.force || await this.refuseOtherFolder(plan), isEmptyPlan(plan) || startWriting({
      target: `the pages folder ${this.root}`,
      leftBehind: "some pages may be new and others not yet; run the same command again to finish"
    });
    for (let page of [...plan.add, ...plan.update]) {
      let file = this.repositoryPath(page.path);
      await makeFolder(path2.dirname(file)), await writeFile2(file, page.content);
    }
    for (let page of plan.delete) {
      let file = this.repositoryPath(page.path);
      await rm(file, { force: !0 }), await this.removeIfEmpty(path2.dirname(file));
    }
    return finishWriting(), {
      operation: isEmptyPlan(plan) ? "none" : "updated",
      changedFiles: changedPaths(plan).map((p) => this.repositoryPath(p)),
      counts: planCounts(plan)
    };
  }
  /**
   * A folder holding other things at its top level and no generated page is not a pages folder:
   * most likely the website's root (`sync --out SITE` for `SITE/content/en/learn/learning-path`),
   * where the pages would land in new folders beside the site's own. Refused before any write.
   */
  async refuseOtherFolder(plan) {
    if (plan.unchanged.length + plan.update.length + plan.delete.length > 0) return;
    let ours = new Set(
      [...plan.add, ...plan.protected, ...plan.update, ...plan.delete].map((page) => page.path).concat(plan.unchanged).map((page) => page.split("/")[0])
    ), others = (await readdir2(this.root).catch(() => [])).filter((name) => !name.startsWith(".") && !ours.has(name)).sort();
    if (others.length === 0) return;
    let shown = others.slice(0, 5).join(", ") + (others.length > 5 ? `, \u2026 (${others.length} in all)` : "");
    throw new OptionError(
      OUT,
      (name) => `${this.root} holds other files (${shown}) and no generated page: it does not look like the Learning Path's pages folder (such as SITE/content/en/learn/learning-path); nothing was written. Give that folder, or ${name("force", "true")} to write here anyway`
    );
  }
  /**
   * The snapshot lists real files only, so a link on a page's way (a linked file or section
   * folder) was never checked for the marker and may lead out of the folder: writing through it
   * could overwrite anything. A folder where a page goes cannot be written either. Every path
   * is checked before the first write, so a bad one writes nothing.
   */
  async refuseUnsafePaths(relPaths) {
    for (let relPath of relPaths) {
      if (normalizeTreePath(relPath) !== relPath || relPath === "")
        throw new UserError(`refusing to write outside ${this.root}: ${relPath}`);
      let parts = relPath.split("/"), at2 = this.root;
      for (let [i, part] of parts.entries()) {
        at2 = path2.join(at2, part);
        let info = await lstat3(at2).catch(() => null);
        if (info === null) break;
        if (info.isSymbolicLink()) throw new UserError(`${at2} is a link: the sync only writes real files and folders inside ${this.root}`);
        if (i === parts.length - 1 && !info.isFile()) throw new UserError(`cannot write page ${relPath}: ${at2} exists and is not a file`);
      }
    }
  }
  /** A section folder whose last page was deleted goes too, as it would in git. */
  async removeIfEmpty(dir) {
    dir === this.root || !dir.startsWith(this.root) || (await readdir2(dir)).length === 0 && await rmdir2(dir);
  }
};

// src/publish/pages-folder.ts
async function writePagesFolder(folder, pages, { force = !1, keepContributors = !1 } = {}) {
  let site = new LocalSite(folder, { createTargetPath: !0, force }), snapshot = await site.load(), desired = keepContributors ? (await keepEverySiteList(pages, snapshot)).pages : pages, plan = await planChanges(desired, snapshot.files, { readCurrent: (p) => snapshot.read(p), inScope: () => !1 });
  return await site.publish({ plan, title: "", body: "", commitMessage: "", complete: !1 }), {
    written: [...plan.add, ...plan.update].map((page) => page.path).sort(),
    unchanged: plan.unchanged,
    protected: plan.protected.map((page) => page.path)
  };
}

// src/render/render-pool.ts
import { availableParallelism } from "node:os";
import { performance as performance2 } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
var MAX_RENDER_WORKERS = 4, SLOW_FILE_MS = 1e3, RENDER_WORKER_MEMORY_MB = 512, STACK_SIZE_MB = 1176 / 1024, IDLE_MS = 3e4;
function defaultPoolSettings() {
  return {
    size: Math.min(MAX_RENDER_WORKERS, availableParallelism()),
    slowMs: SLOW_FILE_MS,
    script: renderWorkerScript(),
    memoryMb: RENDER_WORKER_MEMORY_MB
  };
}
function renderWorkerScript() {
  let here = import.meta.url;
  if (!new URL(here).pathname.endsWith(".ts")) return new URL("./render-worker.js", here);
  let tsx = import.meta.resolve("tsx/esm/api"), worker = new URL("./render-worker.ts", here).href, boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker)})`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}
async function renderInWorkers(jobs, setup, timeoutMs, settings) {
  let results = new Array(jobs.length), began = performance2.now(), stats = { started: 0, startMs: [], renderMs: 0, roundTripMs: 0, doneAtMs: [] }, queue = jobs.map((job, index) => ({ index, size: job.source.text.length })).sort((a, b) => b.size - a.size || a.index - b.index), borrowed = /* @__PURE__ */ new Set(), lanes = [], failed = !1, acquire = async () => {
    let worker = await idleOrNewWorker(settings, stats);
    return borrowed.add(worker), worker.prepare(setup), worker;
  }, lane = async () => {
    let worker = null;
    for (let next = queue.shift(); next && !failed; next = queue.shift()) {
      worker ??= await acquire();
      let sent = performance2.now(), slow = setTimeout(openLane, settings.slowMs), reply = await worker.render(jobs[next.index], timeoutMs).finally(() => clearTimeout(slow));
      stats.roundTripMs += performance2.now() - sent, stats.doneAtMs[next.index] = performance2.now() - began, reply.kind === "done" ? (stats.renderMs += reply.ms, results[next.index] = { kind: "done", pages: reply.pages }) : (results[next.index] = reply, borrowed.delete(worker), worker = null);
    }
    worker && (borrowed.delete(worker), worker.release());
  };
  function openLane() {
    if (failed || queue.length === 0 || lanes.length >= settings.size) return;
    let running = lane().catch((error) => {
      throw failed = !0, error;
    });
    running.catch(() => {
    }), lanes.push(running);
  }
  try {
    openLane();
    for (let awaited = 0; awaited < lanes.length; awaited++) await lanes[awaited];
  } finally {
    await Promise.all([...borrowed].map((worker) => worker.close()));
  }
  return { results, stats };
}
async function idleOrNewWorker(settings, stats) {
  let idleWorker = takeIdle(settings);
  if (idleWorker) return idleWorker;
  let started = performance2.now();
  stats.started++;
  let worker = await RenderWorker.start(settings);
  return stats.startMs.push(performance2.now() - started), worker;
}
var idle = /* @__PURE__ */ new Map(), settingsKey = (settings) => `${settings.memoryMb}\0${settings.script.href}`;
function takeIdle(settings) {
  let list2 = idle.get(settingsKey(settings)) ?? [];
  for (let worker = list2.pop(); worker; worker = list2.pop())
    if (worker.wake(), !worker.ended) return worker;
}
var RenderWorker = class _RenderWorker {
  constructor(worker, key2) {
    this.worker = worker;
    this.key = key2;
    worker.on("error", () => this.ended = !0), worker.on("exit", () => this.ended = !0);
  }
  worker;
  key;
  /** The setup this worker has, so that each render sends its own once. */
  setup;
  idleTimer;
  /** Set when the thread ended; an idle worker that ended is not taken again. */
  ended = !1;
  /** A worker with Asciidoctor loaded; rejects when it cannot start. */
  static start(settings) {
    let worker = new Worker(settings.script, {
      resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb, stackSizeMb: STACK_SIZE_MB }
    });
    return new Promise((resolve5, reject) => {
      let done = () => {
        worker.off("message", onMessage), worker.off("error", onError), worker.off("exit", onExit);
      }, fail = (reason) => {
        done(), worker.terminate(), reject(new Error(`the render worker could not start: ${reason}`));
      }, onMessage = (reply) => {
        if (reply.kind !== "ready") return fail(`it answered "${reply.kind}" before it was ready`);
        done(), resolve5(new _RenderWorker(worker, settingsKey(settings)));
      }, onError = (error) => fail(error.message.split(`
`)[0]), onExit = (code) => fail(`it exited with code ${code}`);
      worker.on("message", onMessage), worker.on("error", onError), worker.on("exit", onExit);
    });
  }
  /** Hands the worker this render's setup, unless it has it already. */
  prepare(setup) {
    this.setup !== setup && (this.setup = setup, this.send({ kind: "setup", setup }));
  }
  /** The file's pages, or `stopped` when it took longer than `timeoutMs` or ran out of memory (the worker is gone then). */
  render(job, timeoutMs) {
    let { worker } = this;
    return new Promise((resolve5, reject) => {
      let done = () => {
        clearTimeout(timer), worker.off("message", onMessage), worker.off("error", onError), worker.off("exit", onExit);
      }, stop = (reason) => {
        done(), this.close().then(() => resolve5({ kind: "stopped", reason }), reject);
      }, timer = setTimeout(() => stop("timeout"), timeoutMs), onMessage = (reply) => {
        done(), reply.kind === "done" ? resolve5(reply) : reject(
          new Error(`rendering ${job.source.path} failed: ${reply.kind === "failed" ? reply.message : "the worker said ready twice"}`)
        );
      }, onError = (error) => {
        if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return stop("memory");
        done(), reject(new Error(`the render worker failed on ${job.source.path}: ${error.message}`));
      }, onExit = (code) => {
        done(), reject(new Error(`the render worker exited (code ${code}) while rendering ${job.source.path}`));
      };
      worker.on("message", onMessage), worker.on("error", onError), worker.on("exit", onExit), this.send({ kind: "render", job });
    });
  }
  /** Back to the idle workers, unreferenced, until the next render takes it or IDLE_MS pass. */
  release() {
    this.worker.unref();
    let list2 = idle.get(this.key) ?? [];
    idle.set(this.key, [...list2, this]), this.idleTimer = setTimeout(() => {
      idle.set(
        this.key,
        (idle.get(this.key) ?? []).filter((w) => w !== this)
      ), this.close();
    }, IDLE_MS).unref();
  }
  /** Out of the idle workers: referenced again, so the process waits for its replies. */
  wake() {
    clearTimeout(this.idleTimer), this.worker.ref();
  }
  /** Ends the worker (terminate stops it even in the middle of a conversion). */
  async close() {
    await this.worker.terminate();
  }
  send(request2) {
    this.worker.postMessage(request2);
  }
};

// src/render/render-pages.ts
async function renderPages(config, sources, choices) {
  let plan = planRender(config, sources, choices), timeoutMs = choices.renderTimeoutMs ?? DEFAULT_OPTIONS.source.renderTimeoutMs, settings = { ...defaultPoolSettings(), ...choices.pool }, { results } = await renderInWorkers(plan.jobs, { articlePages: sources.articlePages }, timeoutMs, settings);
  return collectPages(config, sources, plan, results, timeoutMs, settings.memoryMb);
}
function planRender(config, sources, choices) {
  let jobs = [], byFile = /* @__PURE__ */ new Map(), pages = [], add = ({ path: path3, text: text2 }, task) => {
    let job = byFile.get(path3);
    job === void 0 && (job = jobs.push({ source: { path: path3, text: text2 }, pages: [] }) - 1, byFile.set(path3, job)), pages.push({ job, page: jobs[job].pages.push(task) - 1 });
  };
  for (let { section, languages, englishArticleCount, workbook } of sources.sections) {
    let videos = config.videos.get(section.group.trim().toLowerCase()) ?? [], folder = section.dirName;
    for (let { language, index, articles } of languages) {
      index && add(index, { kind: "index", path: indexPagePath(folder, language), section, language, translated: index.translated });
      for (let source of articles) {
        let video = videos[Number.parseInt(source.number, 10) - 1], path3 = articlePagePath(folder, source.number, language);
        add(source, { kind: "article", path: path3, section, language, number: source.number, video, strictTitles: choices.strictTitles });
      }
      language === "en" && workbook && add(workbook, { kind: "workbook", path: workbookPagePath(folder), section, englishArticleCount });
    }
  }
  return { jobs, pages };
}
function collectPages(config, sources, plan, results, timeoutMs, memoryMb) {
  let pages = [], warnings = [...sources.warnings], errors = new ContentErrorList();
  errors.addAll(sources.errors);
  for (let entries of config.videos.values())
    for (let { invalid } of entries) invalid && errors.add({ file: invalid.file, problem: invalid.message, line: invalid.line });
  for (let { job, page } of plan.pages) {
    let { source, pages: tasks } = plan.jobs[job], result = results[job];
    if (result.kind === "stopped") {
      errors.add({ file: source.path, problem: stoppedProblem(result.reason, source, timeoutMs, memoryMb) }, [tasks[page].path]);
      continue;
    }
    let outcome2 = result.pages[page];
    outcome2.ok ? (pages.push(outcome2.rendered.page), warnings.push(...outcome2.rendered.warnings)) : errors.add(outcome2, [tasks[page].path]);
  }
  return { pages, warnings, errors: errors.list() };
}
function stoppedProblem(reason, source, timeoutMs, memoryMb) {
  let size = `this file of ${Buffer.byteLength(source.text).toLocaleString("en-US")} bytes`;
  return reason === "memory" ? `rendering ran out of memory (${memoryMb} MB per render worker) on ${size}` : `rendering stopped after ${`${timeoutMs / 1e3} s`} (render-timeout) on ${size}: simplify the file, or raise render-timeout`;
}

// src/render/render-stage.ts
async function renderStage(loaded, choices, logger, { countLine }) {
  let result = await renderPages(loaded.config, loaded.sources, choices);
  for (let w of result.warnings) logger.warning(w.message, w);
  for (let e of result.errors) logger.error(`${e.message}${keptNote(e)}`, { file: e.file, line: e.line });
  return countLine && logger.info(
    `rendered ${result.pages.length} pages` + (result.errors.length ? `; ${result.errors.length} source file(s) failed, their pages are left as the site has them` : "")
  ), result;
}

// src/escape/log-line.ts
import { randomBytes } from "node:crypto";
var LEADING_SPACE = /^[\s\u0085]*/;
function inertLine(text2) {
  let line = text2.replace(/\r\n?|\n/g, (br) => br === `
` ? "\\n" : br === "\r" ? "\\r" : "\\r\\n"), indent = LEADING_SPACE.exec(line)[0];
  return line.startsWith("::", indent.length) && (line = `${indent}\\${line.slice(indent.length)}`), line.replace(/##\[/g, "##\\[");
}
function stopToken(text2) {
  for (; ; ) {
    let token = `lps-${randomBytes(16).toString("hex")}`;
    if (!text2.toLowerCase().includes(token)) return token;
  }
}
function stopCommands(text2, token = stopToken(text2)) {
  let body = text2.endsWith(`
`) ? text2 : `${text2}
`;
  return `::stop-commands::${token}
${body}::${token}::
`;
}
function inertJson(json) {
  return json.replace(/##\[/g, "##\\u005b");
}
function inActions(env = process.env) {
  return env.GITHUB_ACTIONS === "true";
}

// src/shared/line-logger.ts
function at(where) {
  return where?.file ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : "";
}
function createLineLogger(writeLine, options) {
  let write = (line) => writeLine(inertLine(redact(line, options.secrets ?? [])));
  return {
    debug: (m) => {
      options.verbose && write(`debug: ${m}`);
    },
    info: (m) => {
      options.quiet || write(m);
    },
    notice: (m) => write(`notice: ${m}`),
    warning: (m, where) => write(`warning: ${at(where)}${m}`),
    error: (m, where) => write(`error: ${at(where)}${m}`),
    group: async (name, fn) => (options.quiet || write(`== ${name}`), fn())
  };
}
function createConsoleLogger(options = {}) {
  return createLineLogger((line) => process.stderr.write(line + `
`), options);
}

// src/commands/args.ts
import { realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { basename, dirname, isAbsolute as isAbsolute2, join as join2, relative } from "node:path";
import { parseArgs } from "node:util";
var UsageError = class extends UserError {
  constructor(command, message2) {
    super(`${message2} (see: learning-path-sync ${command} --help)`), this.name = "UsageError";
  }
}, LOG_FLAGS = [
  { name: "verbose", description: "Also print debug lines." },
  { name: "quiet", description: "Print only warnings, errors and the result." }
];
function commandFlags(table, command) {
  return table.filter((entry) => !entry.cli?.env && (entry.cli?.commands ?? ["sync"]).includes(command));
}
function cliDefault(entry, command) {
  let other = entry.cli?.default;
  return other && (other.commands ?? [command]).includes(command) ? other.value : entry.default;
}
function flagNamer(table, command) {
  return (option, value) => {
    let entry = table.find((e) => e.name === option);
    return entry?.cli?.env ? value === void 0 ? entry.cli.env : `${entry.cli.env}=${value}` : value === void 0 || entry && isBareFlag(entry, command) && value === "true" ? `--${option}` : `--${option} ${value}`;
  };
}
function isBareFlag(entry, command) {
  return entry.value.yesNo === !0 && cliDefault(entry, command) === "false";
}
function argsOrHelp(spec, argv, table) {
  let args = parseCommandArgs(spec, argv, table);
  if (args.help === !1) return args;
  process.stdout.write(formatHelp(spec, table));
}
function parseCommandArgs(spec, argv, table, env = process.env) {
  let flags = commandFlags(table, spec.name), options = { help: { type: "boolean", short: "h" } };
  for (let flag of spec.printFlags) options[flag.name] = { type: "boolean" };
  for (let entry of flags)
    for (let name of [entry.name, ...entry.cli?.aliases ?? []])
      options[name] = { type: isBareFlag(entry, spec.name) ? "boolean" : "string" };
  let parsed;
  try {
    parsed = parseArgs({ args: withBareValues(flags, argv), options, strict: !0, allowPositionals: !0 });
  } catch (error) {
    throw new UsageError(spec.name, describeParseError(error, argv));
  }
  if (parsed.values.help === !0) return { help: !0 };
  if (parsed.positionals.length > 0) throw new UsageError(spec.name, `unexpected argument "${parsed.positionals[0]}"`);
  let given = /* @__PURE__ */ new Map();
  for (let entry of flags) {
    let names = [entry.name, ...entry.cli?.aliases ?? []].filter((name) => parsed.values[name] !== void 0);
    if (names.length > 1) throw new UsageError(spec.name, `give ${names.map((n) => `--${n}`).join(" or ")}, not both`);
    let value = names.length === 1 ? parsed.values[names[0]] : void 0;
    value !== void 0 && given.set(entry.name, typeof value == "boolean" ? String(value) : value);
  }
  for (let name of spec.required ?? [])
    if (!given.get(name)?.trim()) {
      let entry = flags.find((e) => e.name === name);
      throw new UsageError(spec.name, `missing required option --${name}${entry ? ` ${entry.value.placeholder}` : ""}`);
    }
  try {
    let values = parseOptions(
      table,
      (entry) => entry.cli?.env ? env[entry.cli.env] : given.get(entry.name),
      (entry) => cliDefault(entry, spec.name)
    ), printFlags = Object.fromEntries(spec.printFlags.map((flag) => [flag.name, parsed.values[flag.name] === !0]));
    return { help: !1, options: values, printFlags };
  } catch (error) {
    throw error instanceof OptionError ? new UsageError(spec.name, error.worded(flagNamer(table, spec.name))) : error;
  }
}
function withBareValues(flags, argv) {
  let out = [];
  for (let i = 0; i < argv.length; i++) {
    let entry = flags.find((e) => e.cli?.bare !== void 0 && argv[i] === `--${e.name}`);
    if (!entry) {
      out.push(argv[i]);
      continue;
    }
    let next = argv[i + 1], takesNext = next !== void 0 && !next.startsWith("-") && isValueOf(entry, next);
    out.push(`--${entry.name}=${takesNext ? next : entry.cli?.bare}`), takesNext && i++;
  }
  return out;
}
function isValueOf(entry, text2) {
  try {
    return entry.value.parse(text2, entry.name), !0;
  } catch {
    return !1;
  }
}
function describeParseError(error, argv) {
  let quoted = /'(-[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted ?? ""}`.trim();
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return quoted && argv.some((arg) => arg === quoted || arg.startsWith(`${quoted}=`)) ? `option ${quoted} needs a value` : error.message.split(`
`)[0] ?? "invalid option value";
    default:
      return error.message.split(`
`)[0] ?? "invalid arguments";
  }
}
var HELP_WIDTH = 110;
function formatHelp(spec, table) {
  let optionRows = commandFlags(table, spec.name).map((entry) => {
    let value = isBareFlag(entry, spec.name) ? "" : entry.cli?.bare !== void 0 ? `[=${entry.value.placeholder}]` : ` ${entry.value.placeholder}`, fallback = cliDefault(entry, spec.name), extra = [
      entry.cli?.aliases?.length ? `also ${entry.cli.aliases.map((alias) => `--${alias}`).join(", ")}` : "",
      spec.required?.includes(entry.name) ? "required" : "",
      fallback !== "" && !isBareFlag(entry, spec.name) ? `default: ${fallback}` : "",
      fallback !== entry.default && entry.cli?.why ? `the action's default is ${entry.default || "empty"}: ${entry.cli.why}` : ""
    ].filter(Boolean);
    return { flag: `--${entry.name}${value}`, text: entry.description + (extra.length ? ` (${extra.join("; ")})` : "") };
  }), ownRows = [...spec.printFlags, { name: "help", description: "Show this help." }].map((flag) => ({
    flag: flag.name === "help" ? "-h, --help" : `--${flag.name}`,
    text: flag.description
  })), rows = [...optionRows, ...ownRows], width = Math.max(...rows.map((row) => row.flag.length)) + 2, environment = table.filter((entry) => entry.cli?.env && (entry.cli.commands ?? ["sync"]).includes(spec.name)).map((entry) => {
    let env = entry.cli?.env ?? "", why = entry.cli?.why ? ` Not a flag: ${entry.cli.why}.` : "", fallback = entry.default ? ` Default: ${entry.default}.` : "", input = isActionInput(entry) ? ` The action's \`${entry.name}\` input.` : "";
    return wrap(`  ${env.padEnd(width)}`, `${entry.description}${fallback}${why}${input}`);
  }), lines = [
    `Usage: learning-path-sync ${spec.name} [options]`,
    "",
    spec.summary,
    "",
    "Options:",
    ...rows.map((row) => wrap(`  ${row.flag.padEnd(width)}`, row.text)),
    ...environment.length ? ["", "Environment:", ...environment] : []
  ];
  for (let note of spec.notes ?? []) lines.push("", note);
  return lines.join(`
`) + `
`;
}
function wrap(lead, text2) {
  let room = Math.max(40, HELP_WIDTH - lead.length), lines = [], line = "";
  for (let word of text2.split(" "))
    line !== "" && line.length + 1 + word.length > room ? (lines.push(line), line = word) : line = line === "" ? word : `${line} ${word}`;
  return lines.push(line), lead + lines.join(`
` + " ".repeat(lead.length));
}
async function checkOutFolder(out, sourceDir) {
  let info = await stat3(out).catch(() => null);
  if (info && !info.isDirectory()) throw new OptionError("out", `${out} is a file, not a folder`);
  let inside = relative(await realPath(sourceDir), await realPath(out));
  if (!inside.startsWith("..") && !isAbsolute2(inside))
    throw new OptionError(
      "out",
      (name) => `${out} is ${inside === "" ? "the source folder" : `inside the source folder ${sourceDir}`} (${name("source-path")}): the pages would be written into the Learning Path's checkout; give the website's pages folder, or a folder outside the sources`
    );
  if (!info)
    try {
      await checkFolderCanBeMade(out);
    } catch (error) {
      throw fileSystemOptionError(error, "out") ?? error;
    }
}
async function realPath(path3) {
  let real = await realpath2(path3).catch(() => null);
  if (real !== null) return real;
  let parent = dirname(path3);
  return parent === path3 ? path3 : join2(await realPath(parent), basename(path3));
}
async function requireDirectory(path3, option) {
  if (!(await stat3(path3).catch((error) => {
    throw error.code === "ENOENT" ? new OptionError(option, `${path3} does not exist`) : fileSystemOptionError(error, option) ?? error;
  })).isDirectory()) throw new OptionError(option, `${path3} is a file, not a folder`);
}
function contentErrorStatus(errors, fail, logger) {
  if (errors.length === 0) return 0;
  let line = contentFailureLine(errors, "--fail-on-content-error false");
  return fail ? (process.stderr.write(`error: ${line}
`), 1) : (logger.warning(line), 0);
}

// src/commands/render.ts
var RENDER_COMMAND = {
  name: "render",
  summary: "Render a Learning Path checkout into the site's pages (<section>/_index[.<lang>].md, <section>/NN[.<lang>].md, <section>/workbook.md).",
  printFlags: LOG_FLAGS,
  required: ["out"],
  notes: [
    'Exit status: 0 on success; 1 with a one-line "error: ..." on bad input or failure (nothing is written then). With --contributors git or github, history that cannot be read leaves those lists empty: the pages are written and the exit status is 1. A source file that cannot become its pages is named, its pages are not written, the others are, and the exit status is 1 (0 with --fail-on-content-error false).'
  ]
};
async function runRenderCommand(argv) {
  let args = argsOrHelp(RENDER_COMMAND, argv, OPTION_TABLE);
  if (!args) return 0;
  let { github, source: given, target, credit, health, dashboard, policy } = args.options, logger = createConsoleLogger({ verbose: args.printFlags.verbose, quiet: args.printFlags.quiet, secrets: [github.token] }), source = { ...given, dir: resolve2(given.dir) }, outDir = resolve2(target.siteDir ?? "");
  await requireDirectory(source.dir, "source-path"), await checkOutFolder(outDir, source.dir);
  let started = performance.now(), context = { logger, github, timing: timingFromEnv() }, tree = createFsSourceTree(source.dir), loaded = await loadSources(tree, source), creditRun = await startCredit(tree, loaded.sources, [], { source, credit }, context), rendered = await renderStage(loaded, source, logger, { countLine: !1 }), scope = { leftOut: /* @__PURE__ */ new Set(), policy: { failOnContributorError: !1 }, options: { source, credit }, context }, credited = await creditPages(creditRun, rendered.pages, scope);
  for (let rule of credited.credits.rules?.rules ?? [])
    logger.info(`${creditRun.file?.file}: ${rule.rule} changed ${rule.pages.length} page(s)`);
  let pages = pagesToWrite(credited.pages, health.rewriteSectionLinks, (path3) => existsSync(join3(outDir, path3))), written = await writePagesFolder(outDir, pages, { force: policy.force, keepContributors: credit.provider === "keep" });
  if (dashboard.out !== void 0) {
    let file = resolve2(dashboard.out), sourceInfo = { repository: source.repository, ref: source.ref, commit: source.commit, serverUrl: webUrlFor(github.apiUrl) }, history = credited.history.history;
    await writeDashboardFile(file, { sources: loaded.sources, pages, history, mentions: dashboard.mentions, source: sourceInfo }), logger.info(`dashboard issue body written to ${file}`);
  }
  for (let path3 of written.protected)
    logger.warning("not overwritten: the existing file has no autogenerated marker (hand-written page)", { file: `${outDir}/${path3}` });
  let seconds2 = ((performance.now() - started) / 1e3).toFixed(2), failures = credited.history.failures;
  process.stdout.write(renderedText({ pages: credited.pages, rendered, failures, written, outDir, seconds: seconds2 }));
  let contentStatus = contentErrorStatus(rendered.errors, policy.failOnContentError, logger);
  return failures.length > 0 ? (process.stderr.write(
    `error: contributors: the history of ${plural3(failures.length, "file")} could not be read, so their pages list no contributors (first: ${failures[0].reason})
`
  ), 1) : contentStatus;
}
function renderedText(run) {
  let { rendered, failures, written } = run;
  return `Rendered ${describeCounts(run.pages)} into ${run.outDir} in ${run.seconds} s: ${written.written.length} written, ${written.unchanged.length} unchanged, ${written.protected.length} protected; ${plural3(rendered.warnings.length, "content warning")}` + (rendered.errors.length > 0 ? `; ${plural3(failedFiles(rendered.errors).length, "source file")} failed` : "") + (failures.length > 0 ? `; contributors missing for ${failures.length} file(s)` : "") + `
`;
}
function describeCounts(pages) {
  let count2 = (kind, noun) => plural3(pages.filter((page) => page.kind === kind).length, noun);
  return `${plural3(pages.length, "page")} (${count2("index", "index page")}, ${count2("article", "article")}, ${count2("workbook", "workbook")})`;
}
function plural3(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}

// src/commands/sync-command.ts
import { resolve as resolve4 } from "node:path";

// src/shared/checkout-head.ts
import { execFileSync } from "node:child_process";
import { resolve as resolve3 } from "node:path";
function checkoutHead(dir) {
  try {
    let sha = execFileSync("git", ["-C", dir, "rev-parse", "--verify", "-q", "HEAD"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim(), top = execFileSync("git", ["-C", dir, "rev-parse", "--show-toplevel"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    return /^[0-9a-f]{40}$/.test(sha) && resolve3(top) === resolve3(dir) ? sha : void 0;
  } catch {
    return;
  }
}

// src/output-table.ts
var count = (key2, description) => ({
  name: `${key2}-count`,
  description,
  action: (r) => String(r.counts[key2]),
  why: "`--json` has the five counts in one object, `counts`"
}), OUTPUT_TABLE = [
  {
    name: "operation",
    description: "What happened to the pull request: `created`, `updated`, `closed` or `none`.",
    action: (r) => r.operation,
    json: (r) => r.operation
  },
  {
    name: "pull-request-number",
    description: "Number of the sync pull request (empty when there is none).",
    action: (r) => r.pullRequestNumber === void 0 ? "" : String(r.pullRequestNumber),
    json: (r) => r.pullRequestNumber ?? null
  },
  {
    name: "pull-request-url",
    description: "URL of the sync pull request (empty when there is none).",
    action: (r) => r.pullRequestUrl ?? "",
    json: (r) => r.pullRequestUrl ?? null
  },
  {
    name: "head-sha",
    summary: "Commit at the head of the sync branch (empty when there is none).",
    description: "Commit SHA at the head of the sync branch (empty when nothing was pushed and no pull request is open).",
    action: (r) => r.headSha ?? "",
    json: (r) => r.headSha ?? null
  },
  {
    name: "changed-files",
    description: "Newline-separated repository paths added, updated or deleted by the sync.",
    action: (r) => r.changedFiles.join(`
`),
    json: (r) => r.changedFiles
  },
  {
    name: "counts",
    description: "Pages added, updated, deleted, unchanged and protected.",
    json: (r) => r.counts,
    why: "the action has one output per count (`added-count`, ...)"
  },
  count("added", "Number of pages added."),
  count("updated", "Number of pages updated."),
  count("deleted", "Number of pages deleted."),
  count("unchanged", "Number of pages already up to date."),
  count("protected", "Number of pages left alone because they lack the autogenerated marker."),
  {
    name: "dry-run",
    description: "Whether the run wrote nothing.",
    json: (r) => r.dryRun,
    why: "the action's step says it in its own `dry-run` input"
  },
  {
    name: "contributor-failures",
    summary: "Number of pages whose contributor list could not be refreshed (kept as on the site).",
    description: "Number of pages whose contributor list could not be refreshed (they keep the list the site has).",
    action: (r) => String(r.contributorFailures.length),
    json: (r) => r.contributorFailures,
    why: "`--json` lists the pages and the reason for each"
  },
  {
    name: "stale-translations",
    summary: "Number of translations older than their English article (empty without history).",
    description: "Number of translated articles whose English article changed after the translation last did (the content health report lists them). Empty when the contributor provider reads no history (`contributors: none`).",
    action: (r) => String(staleCount(r.health.stale) ?? ""),
    json: (r) => staleCount(r.health.stale)
  },
  {
    name: "protected",
    description: "The pages left alone because they lack the autogenerated marker, and what the sync would have done.",
    json: (r) => r.plan.protected,
    why: "the action counts them (`protected-count`); the job summary lists them"
  },
  {
    name: "warnings",
    description: "Number of content warnings.",
    json: (r) => r.warnings.length,
    why: "the action shows them as annotations and in the job summary"
  },
  {
    name: "content-errors",
    description: "The source files that could not become their pages, and why.",
    json: (r) => r.contentErrors,
    why: "the action shows them as annotations and in the job summary"
  },
  {
    name: "requests",
    description: "REST requests sent to the website repository (total and writes).",
    json: (r) => r.requests,
    why: "the action logs them"
  },
  {
    name: "assignees",
    summary: "Newline-separated logins assigned to the pull request after the run.",
    description: "Newline-separated logins assigned to the pull request after the run (empty when there is none).",
    action: (r) => (r.assignees ?? []).join(`
`),
    json: (r) => r.assignees
  },
  {
    name: "milestone",
    description: "Number of the pull request's milestone (empty when it has none).",
    action: (r) => r.milestone == null ? "" : String(r.milestone),
    json: (r) => r.milestone
  },
  {
    name: "auto-merge",
    summary: "The method auto-merge is on with (`merge`, `squash`, `rebase`); empty when off.",
    description: "The merge method auto-merge is on with (`merge`, `squash`, `rebase`); empty when it is off.",
    action: (r) => r.autoMerge ?? "",
    json: (r) => r.autoMerge
  },
  {
    name: "merge-outcome",
    summary: "What `auto-merge` led to: `merged`, `auto-merge-enabled` or `left-open`.",
    description: "What `auto-merge` led to: `merged` (nothing was pending, so the run merged the pull request itself), `auto-merge-enabled` (checks or reviews are pending; GitHub merges it once they are there), `left-open` (a warning says why). Empty without `auto-merge` or when no pull request is open.",
    action: (r) => r.mergeOutcome ?? "",
    json: (r) => r.mergeOutcome
  },
  {
    name: "draft",
    description: "`true` when the pull request is a draft, `false` when not, empty when there is none.",
    action: (r) => r.draft === void 0 ? "" : String(r.draft),
    json: (r) => r.draft
  },
  {
    name: "branch-deleted",
    summary: "`true` when the run deleted the sync branch (`delete-branch`).",
    description: "`true` when the run deleted the sync branch (with `delete-branch`): after closing the pull request as empty, or after merging it (`merge-outcome: merged`).",
    action: (r) => String(r.branchDeleted === !0),
    json: (r) => r.branchDeleted
  },
  {
    name: "diff",
    description: "The unified diff of a dry run.",
    json: (r) => r.diff,
    why: "the action prints it in the log"
  }
];
function jsonKey(name) {
  return name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}
function jsonOutputs(result, table = OUTPUT_TABLE) {
  let json = {};
  for (let entry of table) {
    let value = entry.json?.(result);
    value !== void 0 && (json[jsonKey(entry.name)] = value);
  }
  return json;
}

// src/health/health-stage.ts
function healthStage(run, options, logger) {
  let { siteLanguages, snapshot } = run.site;
  siteLanguages.kind === "none" && logger.info("site languages: no Hugo language configuration at the base commit, pages of every language are written"), siteLanguages.kind === "unreadable" && logger.warning(`site languages: ${siteLanguages.file} could not be read (${siteLanguages.reason}), pages of every language are written`), siteLanguages.kind === "found" && logger.info(`site languages (${siteLanguages.file}): ${siteLanguages.languages.join(", ")}`);
  let health = checkHealth({
    sources: run.loaded.sources,
    pages: run.rendered.pages,
    history: run.credited.history.history,
    historyUnavailable: `contributors: ${run.credited.kind} reads no commit history`,
    siteHas: (relPath) => snapshot.files.has(relPath),
    siteLanguages,
    unconfiguredLanguages: options.unconfiguredLanguages,
    rewriteSectionLinks: options.rewriteSectionLinks
  });
  for (let w of health.warnings) logger.warning(w.message, w);
  for (let m of health.report.languages.missingLandingPages)
    logger.warning(`site languages: ${m.language} is configured but the Learning Path has no ${m.path} landing page`);
  let { stale } = health.report;
  if (stale.available) {
    let per = Object.entries(stalePerLanguage(stale.stale)).map(([language, count2]) => `${language} ${count2}`);
    logger.info(`stale translations: ${stale.stale.length} of ${stale.checked} compared${per.length ? ` (${per.join(", ")})` : ""}`);
  } else logger.info(`stale translations: not available (${stale.reason})`);
  return health;
}

// src/publish/line-diff.ts
var NO_EOL = "\\ No newline at end of file";
function toLines(text2) {
  if (text2 === "") return { texts: [], noEol: !1 };
  let texts = text2.split(`
`);
  return texts[texts.length - 1] === "" ? (texts.pop(), { texts, noEol: !1 }) : { texts, noEol: !0 };
}
var keyOf = (lines, i) => lines.noEol && i === lines.texts.length - 1 ? lines.texts[i] + "\0" : lines.texts[i];
function diffOps(a, b) {
  let n = a.texts.length, m = b.texts.length, start = 0;
  for (; start < n && start < m && keyOf(a, start) === keyOf(b, start); ) start++;
  let endA = n, endB = m;
  for (; endA > start && endB > start && keyOf(a, endA - 1) === keyOf(b, endB - 1); )
    endA--, endB--;
  let rows = endA - start, cols = endB - start, op = (kind, lines, i2) => ({
    kind,
    text: lines.texts[i2],
    noEol: lines.noEol && i2 === lines.texts.length - 1
  }), ops = [];
  for (let i2 = 0; i2 < start; i2++) ops.push(op(" ", a, i2));
  let matched = (rows + 1) * (cols + 1) <= 4e6;
  if (!matched) {
    for (let i2 = start; i2 < endA; i2++) ops.push(op("-", a, i2));
    for (let j2 = start; j2 < endB; j2++) ops.push(op("+", b, j2));
    for (let k = endA; k < n; k++) ops.push(op(" ", a, k));
    return { ops, matched };
  }
  let width = cols + 1, lcs = new Uint32Array((rows + 1) * width);
  for (let i2 = rows - 1; i2 >= 0; i2--)
    for (let j2 = cols - 1; j2 >= 0; j2--)
      lcs[i2 * width + j2] = keyOf(a, start + i2) === keyOf(b, start + j2) ? lcs[(i2 + 1) * width + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * width + j2], lcs[i2 * width + j2 + 1]);
  let i = 0, j = 0;
  for (; i < rows || j < cols; )
    i < rows && j < cols && keyOf(a, start + i) === keyOf(b, start + j) ? (ops.push(op(" ", a, start + i)), i++, j++) : i < rows && (j === cols || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) ? ops.push(op("-", a, start + i++)) : ops.push(op("+", b, start + j++));
  for (let k = endA; k < n; k++) ops.push(op(" ", a, k));
  return { ops, matched };
}
var range = (first, count2) => count2 === 1 ? `${first}` : `${count2 === 0 ? first - 1 : first},${count2}`;
function unifiedDiff(oldName, newName, before, after, context = 3) {
  let { ops, matched } = diffOps(toLines(before ?? ""), toLines(after ?? "")), changed = ops.map((o, k2) => o.kind !== " " ? k2 : -1).filter((k2) => k2 >= 0);
  if (changed.length === 0) return "";
  let out = [`--- ${before === null ? "/dev/null" : oldName}`, `+++ ${after === null ? "/dev/null" : newName}`];
  matched || out.unshift(`(too many changed lines to match one by one: the changed part of ${newName || oldName} is shown removed and added whole)`);
  let k = 0, at2 = 0, oldLine = 1, newLine = 1;
  for (; k < changed.length; ) {
    let last = k;
    for (; last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context; ) last++;
    let from = Math.max(0, changed[k] - context), to = Math.min(ops.length, changed[last] + context + 1);
    for (; at2 < from; at2++)
      ops[at2].kind !== "+" && oldLine++, ops[at2].kind !== "-" && newLine++;
    let hunk = ops.slice(from, to), oldCount = hunk.filter((o) => o.kind !== "+").length, newCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`);
    for (let o of hunk)
      out.push(o.kind + o.text), o.noEol && out.push(NO_EOL);
    k = last + 1;
  }
  return out.join(`
`) + `
`;
}

// src/publish/dry-run.ts
function planDiff(plan, repositoryPath) {
  let parts = [];
  for (let page of plan.add) parts.push({ path: page.path, text: unifiedDiff("", `b/${repositoryPath(page.path)}`, null, page.content) });
  for (let page of plan.update) {
    let file = repositoryPath(page.path);
    parts.push({ path: page.path, text: unifiedDiff(`a/${file}`, `b/${file}`, page.previousContent, page.content) });
  }
  for (let page of plan.delete)
    parts.push({ path: page.path, text: unifiedDiff(`a/${repositoryPath(page.path)}`, "", page.previousContent, null) });
  return parts.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0).map((p) => p.text).join("");
}
function dryRunResult(plan, repositoryPath) {
  return { operation: "none", changedFiles: changedPaths(plan).map(repositoryPath), counts: planCounts(plan) };
}

// src/publish/publish-stage.ts
async function publishStage(site, plan, run, logger) {
  let repositoryPath = (p) => site.repositoryPath(p);
  return run.dryRun ? { result: { ...dryRunResult(plan, repositoryPath), ...await site.openPullRequest?.() }, diff: planDiff(plan, repositoryPath) } : { result: await logger.group("Publish", () => site.publish({ plan, ...run.texts(), source: run.source, complete: run.complete })) };
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message2, options) {
    let [line, column] = getLineColFromPtr(options.toml, options.ptr), codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message2}

${codeblock}`, options), this.line = line, this.column = column, this.codeblock = codeblock;
  }
  /** @internal */
  static x(message2, ctx, ptr) {
    throw new _TomlError(message2, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
  #hasDate = !1;
  #hasTime = !1;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = !0, hasTime = !0, offset = "Z", c;
    if (typeof date == "string")
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
          } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
          hasDate = fasttype !== 4, hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
      }
    super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    return date.#offset = offset, date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#offset = null, date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasTime = !1, date.#offset = null, date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasDate = !1, date.#offset = null, date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str = str.replaceAll("_", "")), state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str = str.replaceAll("_", "")), parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key2 = parseKey(ctx);
    for (let i = 0; i < key2.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key2[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key2, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key2.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key2[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key2.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse3(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/health/site-languages.ts
var FORMATS = ["toml", "yaml", "yml", "json"], LANGUAGE_CONFIG_FILES = [
  ...FORMATS.map((format) => `config/_default/languages.${format}`),
  ...["hugo", "config"].flatMap((name) => FORMATS.map((format) => `config/_default/${name}.${format}`)),
  ...["hugo", "config"].flatMap((name) => FORMATS.map((format) => `${name}.${format}`))
];
async function readSiteLanguages(read, file) {
  let named = file ? normalizeTreePath(file) : void 0;
  if (named === null || named === "") throw new OptionError("site-languages-file", `'${file}' must be a path inside the website repository`);
  let looked = named ? [named] : LANGUAGE_CONFIG_FILES, found = read ? await read(looked) : null;
  if (!found && named && read) throw new OptionError("site-languages-file", `${named} is not in the website repository at the base commit`);
  return found ? parseSiteLanguages(found.path, found.text) : { kind: "none", looked };
}
function parseSiteLanguages(path3, text2) {
  let name = path3.slice(path3.lastIndexOf("/") + 1), whole = name.startsWith("languages."), format = name.slice(name.lastIndexOf(".") + 1).toLowerCase(), tooLarge = oversize(Buffer.byteLength(text2, "utf8"), 131072, "site language configuration");
  if (tooLarge) return { kind: "unreadable", file: path3, reason: tooLarge };
  try {
    let found = fromData(format === "toml" ? parse3(text2) : parseYaml(text2), whole);
    if (!found) return { kind: "unreadable", file: path3, reason: "it has no `languages`" };
    let lower = (list2) => [...new Set([...list2].map((l) => l.toLowerCase()))].sort();
    return { kind: "found", file: path3, languages: lower(found.languages), disabled: lower(found.disabled) };
  } catch (error) {
    return { kind: "unreadable", file: path3, reason: (error instanceof Error ? error.message : String(error)).split(`
`)[0] };
  }
}
var isRecord2 = (value) => typeof value == "object" && value !== null && !Array.isArray(value);
function fromData(data, whole) {
  if (!isRecord2(data)) return whole ? { languages: [], disabled: [] } : null;
  let table = whole ? data : data.languages;
  if (!isRecord2(table)) return null;
  let languages = Object.keys(table), disabled = languages.filter((l) => {
    let language = table[l];
    return isRecord2(language) && language.disabled === !0;
  }), listed = whole ? [] : data.disableLanguages;
  return Array.isArray(listed) && disabled.push(...listed.filter((l) => typeof l == "string")), { languages, disabled };
}

// src/publish/base-branch-rule.ts
function refuseBaseBranch(branch, base, repository2) {
  if (branch === base)
    throw new UserError(
      `the sync branch '${branch}' is the base branch of ${repository2}: choose another branch, the sync never writes to the base`
    );
}

// src/publish/write-permission.ts
function refuseWithoutWrite(repository2, permissions) {
  if (!permissions || permissions.push !== !1) return;
  let has = Object.entries(permissions).filter(([, on]) => on).map(([name]) => name).join(", ") || "none";
  throw new UserError(
    `the token may not write to ${repository2} (GitHub lists its permissions there as: ${has}): it needs Contents and Pull requests read and write permission there`
  );
}

// src/github/git-database.ts
var UPDATE_REFS = `mutation UpdateRefs($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: $refUpdates }) { clientMutationId }
}`, UPDATE_REFS_PREVIEW = "application/vnd.github.update-refs-preview+json", NO_COMMIT = "0".repeat(40), git = {
  /** The branch's ref (its head commit in `object.sha`). */
  getBranch: (branch) => restOperation("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${branch}` }),
  /** A tree's entries; a commit SHA stands for its root tree. `recursive`: every level below too. */
  getTree: (sha, recursive = !1) => restOperation("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { tree_sha: sha, ...recursive ? { recursive: "true" } : {} }),
  getCommit: (sha) => restOperation("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: sha }),
  /** A blob's content as text. */
  readBlob: (sha) => {
    let blob = restOperation("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { file_sha: sha });
    return {
      kind: blob.kind,
      send: async (client, repository2) => {
        let { content, encoding } = await blob.send(client, repository2);
        return Buffer.from(content, encoding === "utf-8" ? "utf8" : "base64").toString("utf8");
      }
    };
  },
  createTree: (baseTree, tree) => restOperation("POST /repos/{owner}/{repo}/git/trees", { base_tree: baseTree, tree }),
  /** A commit with no author or committer given: GitHub writes the token's identity as both. */
  createCommit: (message2, tree, parents) => restOperation("POST /repos/{owner}/{repo}/git/commits", { message: message2, tree, parents }),
  /** Creates the branch at `sha`; GitHub refuses (422) when it exists. */
  createBranch: (branch, sha) => restOperation("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/heads/${branch}`, sha }),
  /** Points the branch at `to` (null: deletes it) only while it points at `from`; GitHub refuses otherwise. */
  swapBranch: (repositoryId, branch, from, to) => mutationOperation(UPDATE_REFS, {
    repositoryId,
    refUpdates: [{ name: `refs/heads/${branch}`, beforeOid: from, afterOid: to ?? NO_COMMIT, force: !0 }],
    headers: { accept: UPDATE_REFS_PREVIEW }
  })
};

// src/publish/git-tree.ts
import { createHash as createHash2 } from "node:crypto";
var parentOf = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "", nameOf2 = (p) => p.slice(p.lastIndexOf("/") + 1), depthOf = (p) => p === "" ? 0 : p.split("/").length;
function hashTree(entries) {
  let sorted = [...entries].sort(
    ([a, x], [b, y]) => Buffer.compare(Buffer.from(x.type === "tree" ? a + "/" : a), Buffer.from(y.type === "tree" ? b + "/" : b))
  ), body = Buffer.concat(
    // GitHub lists directories as `040000`; inside the object git writes `40000`.
    sorted.flatMap(([name, node]) => [Buffer.from(`${node.mode.replace(/^0+/, "")} ${name}\0`), Buffer.from(node.sha, "hex")])
  );
  return createHash2("sha1").update(`tree ${body.byteLength}\0`).update(body).digest("hex");
}
function treeShaAfter(rootSha, listing, changes) {
  if (changes.size === 0) return rootSha;
  let dirs = /* @__PURE__ */ new Map([["", /* @__PURE__ */ new Map()]]), dirEntries = (dir) => {
    let entries = dirs.get(dir);
    return entries || dirs.set(dir, entries = /* @__PURE__ */ new Map()), entries;
  };
  for (let entry of listing)
    dirEntries(parentOf(entry.path)).set(nameOf2(entry.path), { mode: entry.mode, type: entry.type, sha: entry.sha }), entry.type === "tree" && dirEntries(entry.path);
  let dirty = /* @__PURE__ */ new Set();
  for (let [path3, sha] of changes) {
    let parent = parentOf(path3);
    for (let dir = parent; dirty.add(dir), dir !== ""; dir = parentOf(dir)) {
      let above = dirEntries(parentOf(dir)), node = above.get(nameOf2(dir));
      if (node && node.type !== "tree") throw new Error(`cannot write ${path3}: ${dir} is a file`);
      node || above.set(nameOf2(dir), { mode: "040000", type: "tree", sha: "" });
    }
    let entries = dirEntries(parent), existing = entries.get(nameOf2(path3));
    if (sha === null) {
      if (!existing || existing.type !== "blob") throw new Error(`cannot delete ${path3}: not a file in the tree`);
      entries.delete(nameOf2(path3));
    } else {
      if (existing && existing.type !== "blob") throw new Error(`cannot write ${path3}: it is a ${existing.type}`);
      entries.set(nameOf2(path3), { mode: existing?.mode ?? "100644", type: "blob", sha });
    }
  }
  for (let dir of [...dirty].sort((a, b) => depthOf(b) - depthOf(a))) {
    if (dir === "") continue;
    let entries = dirEntries(dir), above = dirEntries(parentOf(dir));
    entries.size === 0 ? above.delete(nameOf2(dir)) : above.set(nameOf2(dir), { mode: "040000", type: "tree", sha: hashTree(entries) });
  }
  return hashTree(dirEntries(""));
}

// src/publish/target-path.ts
function normalizeTargetPath(targetPath) {
  let raw = targetPath.trim();
  if (raw.startsWith("/") || /^[A-Za-z]:/.test(raw) || raw.includes("\\"))
    throw new OptionError("target-path", `'${targetPath}' must be a relative POSIX path inside the site repository`);
  let parts = raw.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) throw new OptionError("target-path", `'${targetPath}' must not contain '..'`);
  return parts.join("/");
}
function joinTargetPath(target, relPath) {
  return target === "" ? relPath : `${target}/${relPath}`;
}

// src/shared/sync-trailer.ts
var SYNC_TRAILER = "Learning-Path-Sync";
function syncTrailer(source) {
  return `${SYNC_TRAILER}: ${source.repository}@${source.commit ?? source.ref}`;
}
function parseSyncTrailer(message2) {
  let found = null;
  for (let line of message2.split(/\r?\n/)) {
    let match = /^Learning-Path-Sync:\s*([\w.-]+\/[\w.-]+)@(\S+)\s*$/i.exec(line);
    match && (found = { repository: match[1], commit: /^[0-9a-f]{40}$/i.test(match[2]) ? match[2].toLowerCase() : null });
  }
  return found;
}

// src/publish/sync-branch-guard.ts
var TREE_TRAILER = `${SYNC_TRAILER}-Tree`, PAGES_TRAILER = `${SYNC_TRAILER}-Pages`, TRAILER_LINE = new RegExp(`^${SYNC_TRAILER}:[ \\t]*\\S`, "im"), LEGACY_LAST_LINE = "Autogenerated by learning-path-sync.";
function markSyncCommit(message2, marks, source) {
  let text2 = message2.replace(/\s+$/, ""), trailer = source ? syncTrailer(source) : `${SYNC_TRAILER}: unnamed source`;
  return `${TRAILER_LINE.test(text2) ? text2 : `${text2}

${trailer}`}
${TREE_TRAILER}: ${marks.treeSha}
${PAGES_TRAILER}: ${marks.pages}`;
}
function lastTrailer(message2, name) {
  let found, prefix = `${name.toLowerCase()}:`;
  for (let line of message2.split(/\r?\n/))
    line.toLowerCase().startsWith(prefix) && (found = line.slice(prefix.length).trim());
  return found;
}
async function readBranchCommit(api, sha) {
  let data = await api.call("read the sync branch head", git.getCommit(sha));
  return {
    sha: data.sha,
    treeSha: data.tree.sha,
    parents: data.parents.map((p) => p.sha),
    message: data.message,
    author: { name: data.author?.name ?? "", email: data.author?.email ?? "" },
    committer: { name: data.committer?.name ?? "", email: data.committer?.email ?? "" }
  };
}
var sameIdentity = (a, b) => a.name === b.name && a.email.toLowerCase() === b.email.toLowerCase();
function isSyncCommit(commit) {
  if (commit.parents.length !== 1 || !sameIdentity(commit.author, commit.committer)) return !1;
  let recorded = lastTrailer(commit.message, TREE_TRAILER);
  return recorded !== void 0 ? recorded === commit.treeSha && TRAILER_LINE.test(commit.message) : TRAILER_LINE.test(commit.message) || commit.message.trimEnd().endsWith(LEGACY_LAST_LINE);
}
var ForeignCommitError = class extends UserError {
  constructor(message2, commit) {
    super(message2);
    this.commit = commit;
    this.name = "ForeignCommitError";
  }
  commit;
};
function holdsLine(head, context) {
  let subject = oneLine(head.message.split(`
`)[0] ?? "", 80), who = (id) => oneLine(`${id.name} <${id.email}>`, 120), committed = sameIdentity(head.author, head.committer) ? "" : `, committed by ${who(head.committer)}`;
  return `the branch '${context.branch}' of ${context.repository} holds commit ${head.sha.slice(0, 7)} by ${who(head.author)}${committed} ("${subject}")`;
}
var pullLine = (context) => context.pull ? `pull request #${context.pull.number} ${context.pull.url}` : "no pull request is open from it";
function advice(context, name) {
  return context.pull ? `Merge or close pull request #${context.pull.number} and delete the branch (the next sync opens a new one), or set ${name("force-branch", "true")} to replace the branch` : `Keep that work elsewhere and delete the branch, or name another branch (${name("branch")}), or set ${name("force-branch", "true")} to replace it`;
}
function guardSyncBranch(head, context) {
  if (isSyncCommit(head)) return;
  let holds = `${holdsLine(head, context)}, which learning-path-sync did not make (${pullLine(context)})`;
  if (context.force) {
    context.logger.warning(
      `force-branch: ${holds}; ${context.action === "close" ? "closing its pull request" : "replacing the branch"} as told`
    );
    return;
  }
  let refusal = context.action === "close" ? "refusing to close the pull request over it" : "refusing to overwrite it";
  throw new ForeignCommitError((name) => `${holds}: ${refusal}. ${advice(context, name)}.`, head);
}
function branchKeptMovingError(head, tries, context) {
  return new ForeignCommitError(
    (name) => `${holdsLine(head, context)} (${pullLine(context)}), and it moved each of the ${tries} times this run was about to replace it: refusing to overwrite it. ${advice(context, name)}.`,
    head
  );
}
function oneLine(text2, max) {
  let flat = text2.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/publish/github-branch.ts
function desiredHead(base, plan, targetPath) {
  let changes = /* @__PURE__ */ new Map();
  for (let page of [...plan.add, ...plan.update]) changes.set(joinTargetPath(targetPath, page.path), page.sha);
  for (let page of plan.delete) changes.set(joinTargetPath(targetPath, page.path), null);
  return { baseSha: base.commitSha, treeSha: treeShaAfter(base.treeSha, base.listing, changes) };
}
async function readCommitShape(api, commitSha) {
  return readBranchCommit(api, commitSha);
}
function isDesired(commit, desired) {
  return commit.treeSha === desired.treeSha && commit.parents.length === 1 && commit.parents[0] === desired.baseSha;
}
async function createSyncCommit(api, base, plan, targetPath, request2, desired, pages, logger) {
  let modes = new Map(base.listing.map((e) => [e.path, e.mode])), items = [];
  for (let page of [...plan.add, ...plan.update]) {
    let path3 = joinTargetPath(targetPath, page.path);
    items.push({ path: path3, mode: modes.get(path3) === "100755" ? "100755" : "100644", type: "blob", content: page.content });
  }
  for (let page of plan.delete) {
    let path3 = joinTargetPath(targetPath, page.path);
    items.push({ path: path3, mode: modes.get(path3) === "100755" ? "100755" : "100644", type: "blob", sha: null });
  }
  let tree = await api.call("create the tree", git.createTree(base.treeSha, items));
  tree.sha !== desired.treeSha && logger.warning(`tree SHA computed locally (${desired.treeSha}) differs from GitHub's (${tree.sha})`);
  let message2 = markSyncCommit(request2.commitMessage, { treeSha: tree.sha, pages }, request2.source);
  return (await api.call("create the commit", git.createCommit(message2, tree.sha, [base.commitSha]))).sha;
}
var BRANCH_RETRIES = 2;
async function swapBranch(api, branch, from, to, step) {
  let { nodeId } = await api.repository();
  try {
    return await api.call(step, git.swapBranch(nodeId, branch, from, to)), { ok: !0 };
  } catch (error) {
    let errors = error.errors;
    if (!Array.isArray(errors) || errors.length === 0) throw error;
    return { ok: !1, reason: errors.map((e) => String(e.message)).join("; ") };
  }
}
async function createBranch(api, branch, to) {
  let created = await api.attempt("create the sync branch", [422], git.createBranch(branch, to));
  return created.ok ? { ok: !0 } : { ok: !1, reason: `${created.status} from creating it` };
}
async function readBranchSha(api, branch) {
  let ref = await api.attempt("read the sync branch", [404], git.getBranch(branch));
  return ref.ok ? ref.value.object.sha : null;
}
async function moveSyncBranch(api, move) {
  refuseBaseBranch(move.branch, move.base.branch, api.fullName);
  let head = move.head;
  for (let tries = 1; ; tries++) {
    let swap = head ? await swapBranch(api, move.branch, head.sha, move.commitSha, "move the sync branch") : await createBranch(api, move.branch, move.commitSha);
    if (swap.ok) return move.commitSha;
    let sha = await readBranchSha(api, move.branch);
    if (sha === (head?.sha ?? null))
      throw new Error(`GitHub refused to point the sync branch '${move.branch}' of ${api.fullName} at the sync commit (${swap.reason})`);
    let now = sha === null ? null : await readCommitShape(api, sha);
    if (now && isDesired(now, move.desired)) return now.sha;
    if (now && tries > BRANCH_RETRIES) throw move.keptMoving(now, tries);
    now && move.guard(now), head = now;
  }
}
async function deleteSyncBranch(api, branch, headSha, logger) {
  let swap = await swapBranch(api, branch, headSha, null, "delete the sync branch");
  if (swap.ok) return !0;
  let sha = await readBranchSha(api, branch);
  return sha === null ? (logger.info(`the sync branch '${branch}' was already gone`), !0) : (logger.warning(
    sha === headSha ? `the sync branch '${branch}' was not deleted: GitHub refused (${swap.reason})` : `the sync branch '${branch}' was not deleted: it moved to ${sha.slice(0, 7)} after this run checked it`
  ), !1);
}

// src/github/pulls.ts
var AUTO_MERGE = `mutation EnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { autoMergeRequest { mergeMethod } }
  }
}`, TO_DRAFT = `mutation ConvertToDraft($pullRequestId: ID!) {
  convertPullRequestToDraft(input: { pullRequestId: $pullRequestId }) { pullRequest { isDraft } }
}`, MERGE_STATE = `query PullMergeState($pullRequestId: ID!) {
  node(id: $pullRequestId) {
    ... on PullRequest { state headRefOid mergeStateStatus reviewDecision }
  }
}`, pulls = {
  /** The pull requests from `branch` of this repository, open and closed, newest first. */
  listFromBranch: (branch, perPage) => ({
    kind: "read",
    send: (client, repository2) => restOperation("GET /repos/{owner}/{repo}/pulls", {
      head: `${repository2.owner}:${branch}`,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: perPage
    }).send(client, repository2)
  }),
  create: (pull) => restOperation("POST /repos/{owner}/{repo}/pulls", pull),
  update: (number, changes) => restOperation("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: number, ...changes }),
  /** Asks users (logins) and teams (slugs of the repository's owner) for a review. */
  requestReviewers: (number, users, teams) => restOperation("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
    pull_number: number,
    reviewers: users,
    ...teams.length ? { team_reviewers: teams } : {}
  }),
  /** Turns auto-merge on; answers the merge method now on (GraphQL only). */
  enableAutoMerge: (nodeId, mergeMethod) => mutationOperation(AUTO_MERGE, { pullRequestId: nodeId, mergeMethod }),
  /** Its merge state now (GraphQL: `mergeStateStatus` and the review decision); null when the id names no pull request. */
  mergeState: (nodeId) => {
    let read = queryOperation(MERGE_STATE, { pullRequestId: nodeId });
    return {
      kind: read.kind,
      send: async (client, repository2) => {
        let { node } = await read.send(client, repository2);
        return node?.mergeStateStatus ? node : null;
      }
    };
  },
  /**
   * Merges it with `method`, only while its head is `sha`: GitHub answers 409 when the branch
   * moved, 405 when the merge is not allowed (a review or a check required, a conflict, the method off).
   */
  merge: (number, sha, method) => restOperation("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", { pull_number: number, sha, merge_method: method }),
  /** Makes an open pull request a draft again (GraphQL only; REST cannot). */
  convertToDraft: (nodeId) => mutationOperation(TO_DRAFT, {
    pullRequestId: nodeId
  })
};

// src/publish/github-pull.ts
async function findSyncPulls(api, branch) {
  let ours = (await api.call("look for the sync pull request", pulls.listFromBranch(branch, 10))).filter((p) => p.head.ref === branch), pull = ours.find((p) => p.state === "open");
  if (!pull) {
    let newest2 = ours[0];
    return newest2 ? { lastClosed: { number: newest2.number, url: newest2.html_url, headSha: newest2.head.sha, merged: newest2.merged_at !== null } } : {};
  }
  return {
    open: {
      number: pull.number,
      url: pull.html_url,
      headSha: pull.head.sha,
      baseRef: pull.base.ref,
      title: pull.title,
      body: pull.body ?? "",
      labels: pull.labels.map((l) => l.name ?? "").filter(Boolean),
      requestedReviewers: [
        ...(pull.requested_reviewers ?? []).map((u) => u.login),
        ...(pull.requested_teams ?? []).map((t) => `${api.owner}/${t.slug}`)
      ],
      nodeId: pull.node_id,
      draft: pull.draft === !0,
      autoMerge: pull.auto_merge?.merge_method ?? null,
      assignees: (pull.assignees ?? []).map((u) => u.login),
      milestone: pull.milestone?.number ?? null
    }
  };
}
async function createPull(api, branch, content) {
  let { base, title, body, draft: draft2 } = content, created = await api.attempt("open the pull request", [422], pulls.create({ head: branch, base, title, body, draft: draft2 }));
  return created.ok ? { number: created.value.number, url: created.value.html_url, nodeId: created.value.node_id } : void 0;
}
var sameText2 = (a, b) => a.replace(/\r\n/g, `
`).trim() === b.replace(/\r\n/g, `
`).trim();
async function refreshPull(api, pull, content) {
  let changes = {};
  return pull.title !== content.title && (changes.title = content.title), sameText2(pull.body, content.body) || (changes.body = content.body), pull.baseRef !== content.base && (changes.base = content.base), Object.keys(changes).length === 0 ? !1 : (await api.call("update the pull request", pulls.update(pull.number, changes)), !0);
}
async function addMissingLabels(api, number, have, want, logger) {
  let missing = want.filter((l) => !have.includes(l));
  if (missing.length === 0) return !1;
  try {
    return await api.call("add labels", issues.addLabels(number, missing)), !0;
  } catch (error) {
    return logger.warning(`could not add labels ${missing.join(", ")}: ${error.message}`), !1;
  }
}
function missingReviewers(pull, wanted) {
  let asked = new Set(pull.requestedReviewers.map((r) => r.toLowerCase()));
  return wanted.filter((r) => !asked.has(r.toLowerCase()));
}
async function requestReviewers(api, number, reviewers, logger) {
  if (reviewers.length === 0) return;
  let users = reviewers.filter((r) => !r.includes("/")), teams = reviewers.filter((r) => r.includes("/")).map((r) => r.slice(r.indexOf("/") + 1));
  try {
    await api.call("request reviewers", pulls.requestReviewers(number, users, teams));
  } catch (error) {
    logger.warning(`could not request reviewers ${reviewers.join(", ")}: ${error.message}`);
  }
}
async function closeEmptyPull(api, pull, baseRef, baseSha) {
  let closed = await api.call("close the pull request", pulls.update(pull.number, { state: "closed" }));
  if (closed.head.sha !== pull.headSha) return closed.head.sha;
  let body = `The learning path pages on \`${baseRef}\` (${baseSha.slice(0, 7)}) already match the sources, so this pull request has nothing left to change. Closed by learning-path-sync; the next change in the sources opens a new one.`;
  return await api.call("comment on the pull request", issues.comment(pull.number, body)), closed.head.sha;
}
async function reopenPull(api, pull) {
  await api.call("reopen the pull request", pulls.update(pull.number, { state: "open" }));
}

// src/publish/github-pull-settings.ts
var message = (error) => (error instanceof Error ? error.message : String(error)).split(`
`)[0];
async function assignNewPull(api, number, settings, logger) {
  let state = { assignees: [], milestone: null };
  if (settings.assignees.length > 0)
    try {
      let issue = await api.call("add assignees", issues.addAssignees(number, [...settings.assignees]));
      state.assignees = (issue.assignees ?? []).map((u) => u.login);
      let skipped = settings.assignees.filter((a) => !state.assignees.some((b) => b.toLowerCase() === a.toLowerCase()));
      skipped.length > 0 && logger.warning(`GitHub did not assign ${skipped.join(", ")}: only users with access to ${api.fullName} can be assigned`);
    } catch (error) {
      logger.warning(`could not assign ${settings.assignees.join(", ")}: ${message(error)}`);
    }
  if (settings.milestone !== void 0) {
    let milestone2 = settings.milestone;
    try {
      let issue = await api.call("set the milestone", issues.setMilestone(number, milestone2));
      state.milestone = issue.milestone?.number ?? null;
    } catch (error) {
      logger.warning(`could not set milestone ${milestone2} (does it exist and is it open?): ${message(error)}`);
    }
  }
  return state;
}
async function convertToDraft(api, pull, logger) {
  try {
    return (await api.call("convert the pull request to a draft", pulls.convertToDraft(pull.nodeId))).convertPullRequestToDraft?.pullRequest?.isDraft === !0;
  } catch (error) {
    return logger.warning(`could not make pull request #${pull.number} a draft again: ${message(error)}`), !1;
  }
}

// src/publish/merge-when-ready.ts
import { setTimeout as sleep } from "node:timers/promises";
var READY = /* @__PURE__ */ new Set(["CLEAN", "UNSTABLE", "HAS_HOOKS"]), NOTHING_TO_WAIT_FOR = /is in (clean|unstable|has_hooks) status|Protected branch rules not configured/i, firstLine = (error) => (error instanceof Error ? error.message : String(error)).split(`
`)[0];
async function mergeWhenReady(api, target, method, options) {
  let { logger } = options, leftOpen = (why) => (logger.warning(`pull request #${target.number} left open (auto-merge: ${method}): ${why}`), { outcome: "left-open", autoMerge: null }), state = await settledState(api, target.nodeId, options.rereadsMs, logger), status = state?.mergeStateStatus ?? "UNKNOWN";
  if (state && state.state !== "OPEN") return leftOpen(`it is no longer open (GitHub: ${state.state})`);
  if (READY.has(status)) return mergeNow(api, target, method, status, logger, leftOpen);
  if (status === "DIRTY") return leftOpen("it conflicts with the base branch (GitHub: DIRTY)");
  let enabled = await enableAutoMerge(api, target.nodeId, method);
  if (enabled.ok)
    return logger.info(`auto-merge (${method}) turned on for pull request #${target.number}: GitHub merges it once ${waitsFor(state)}`), { outcome: "auto-merge-enabled", autoMerge: enabled.method };
  if (status !== "DRAFT" && NOTHING_TO_WAIT_FOR.test(enabled.reason))
    return mergeNow(api, target, method, `auto-merge refused: ${enabled.reason}`, logger, leftOpen);
  let hint = /not allowed/i.test(enabled.reason) ? ` (turn on "Allow auto-merge" in the repository's settings)` : "";
  return leftOpen(`${waitsForWhy(state)}auto-merge could not be turned on: ${enabled.reason}${hint}`);
}
async function settledState(api, nodeId, rereadsMs, logger) {
  let state = null;
  for (let attempt = 0; attempt <= rereadsMs.length; attempt++) {
    attempt > 0 && await sleep(rereadsMs[attempt - 1]);
    try {
      state = await api.call("read the merge state of the pull request", pulls.mergeState(nodeId));
    } catch (error) {
      return logger.info(`could not read the merge state of the pull request: ${firstLine(error)}`), null;
    }
    if (state?.mergeStateStatus !== "UNKNOWN") return state;
  }
  return logger.info(`GitHub was still computing the merge state after ${rereadsMs.length + 1} reads: auto-merge's answer decides`), state;
}
async function mergeNow(api, target, method, because, logger, leftOpen) {
  try {
    let merged = await api.attempt("merge the pull request", [405, 409, 422], pulls.merge(target.number, target.headSha, method));
    return merged.ok ? (logger.info(`merged pull request #${target.number} (${method}, ${merged.value.sha.slice(0, 7)}): nothing was pending (${because})`), { outcome: "merged", autoMerge: null }) : leftOpen(`GitHub refused to merge it (${merged.status} ${merged.message})`);
  } catch (error) {
    return leftOpen(`the merge failed: ${firstLine(error)}`);
  }
}
async function enableAutoMerge(api, nodeId, method) {
  try {
    let on = (await api.call("enable auto-merge", pulls.enableAutoMerge(nodeId, method.toUpperCase()))).enablePullRequestAutoMerge?.pullRequest?.autoMergeRequest?.mergeMethod;
    return on ? { ok: !0, method: on.toLowerCase() } : { ok: !1, reason: "GitHub answered without an auto-merge request" };
  } catch (error) {
    let errors = error.errors;
    return { ok: !1, reason: errors?.length ? errors.map((e) => e.message).join("; ") : firstLine(error) };
  }
}
function waitsFor(state) {
  return state?.mergeStateStatus === "DRAFT" ? "it is marked ready for review and what the branch requires is there" : state?.mergeStateStatus === "BEHIND" ? "the branch is brought up to date and its required checks pass" : state?.reviewDecision === "REVIEW_REQUIRED" || state?.reviewDecision === "CHANGES_REQUESTED" ? "it has the approving reviews it needs" : "its required checks and reviews are there";
}
function waitsForWhy(state) {
  if (!state || state.mergeStateStatus === "UNKNOWN") return "";
  let review = state.reviewDecision === "REVIEW_REQUIRED" ? ", an approving review is required" : "", changes = state.reviewDecision === "CHANGES_REQUESTED" ? ", a reviewer requested changes" : "";
  return `it cannot be merged yet (GitHub: ${state.mergeStateStatus}${review}${changes}), and `;
}

// src/publish/declined-pull.ts
import { createHash as createHash3 } from "node:crypto";
function pagesDigest(plan) {
  let lines = [...plan.add, ...plan.update].map((page) => `${page.path} ${page.sha}`);
  for (let page of plan.delete) lines.push(`${page.path} -`);
  return createHash3("sha256").update(lines.sort().join(`
`)).digest("hex");
}
function proposedTheSame(head, source, digest) {
  if (!source || lastTrailer(head.message, PAGES_TRAILER) !== digest) return !1;
  let named = parseSyncTrailer(head.message), commit = source.commit && /^[0-9a-f]{40}$/i.test(source.commit) ? source.commit.toLowerCase() : null;
  return named !== null && named.repository.toLowerCase() === source.repository.toLowerCase() && named.commit === commit;
}

// src/github/site-state.ts
var ENTRY = "name mode type oid", BLOB_FIELD = (i) => `object(expression: $file${i}) { ... on Blob { oid text isTruncated } }`;
function nestedEntries(levels) {
  return levels === 0 ? ENTRY : `${ENTRY} object { ... on Tree { entries { ${nestedEntries(levels - 1)} } } }`;
}
function foldersAbove(targetPath) {
  if (targetPath === "") return [];
  let parts = targetPath.split("/");
  return parts.map((_, i) => parts.slice(0, i).join("/"));
}
function siteStateQuery(request2, repository2) {
  let revision = request2.base ?? "HEAD", above = foldersAbove(request2.targetPath), folderVariables = above.map((_, i) => `$folder${i}: String!`).join(", "), folders = above.map((_, i) => `folder${i}: object(expression: $folder${i}) { ... on Tree { oid entries { ${ENTRY} } } }`).join(`
    `), files = request2.files ?? [], fileVariables = files.map((_, i) => `$file${i}: String!`).join(", "), fileFields = files.map((_, i) => `file${i}: ${BLOB_FIELD(i)}`).join(`
    `), baseCommit = `... on Commit { oid tree { oid } history(first: ${request2.historyDepth}, path: $historyPath) { nodes { oid message } } }`, commit = "... on Commit { oid message tree { oid } parents(first: 2) { nodes { oid } } author { name email } committer { name email } }", pull = [
    "id number url state isCrossRepository headRefName headRefOid baseRefName title body isDraft",
    "autoMergeRequest { mergeMethod } milestone { number }",
    "labels(first: 100) { nodes { name } } assignees(first: 100) { nodes { login } }",
    "reviewRequests(first: 100) { nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }"
  ].join(" "), query2 = `query SiteState($owner: String!, $name: String!, ${request2.base === void 0 ? "" : "$base: String!, "}$pages: String!, $historyPath: String, $branch: String!, $branchRef: String!${folderVariables ? `, ${folderVariables}` : ""}${fileVariables ? `, ${fileVariables}` : ""}) {
  repository(owner: $owner, name: $name) {
    id
    isEmpty
    viewerPermission
    defaultBranchRef { name${request2.base === void 0 ? ` target { ${baseCommit} }` : ""} }
    ${request2.base === void 0 ? "" : `base: ref(qualifiedName: $base) { target { ${baseCommit} } }`}
    ${folders}
    pages: object(expression: $pages) { ... on Tree { oid entries { ${nestedEntries(request2.subfolderLevels)} } } }
    ${fileFields}
    branch: ref(qualifiedName: $branchRef) { target { ${commit} } }
    pullRequests(headRefName: $branch, first: ${request2.pulls}, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { ${pull} } }
  }
}`, variables = {
    owner: repository2.owner,
    name: repository2.name,
    ...request2.base === void 0 ? {} : { base: `refs/heads/${request2.base}` },
    pages: `${revision}:${request2.targetPath}`,
    historyPath: request2.targetPath === "" ? null : request2.targetPath,
    branch: request2.branch,
    branchRef: `refs/heads/${request2.branch}`,
    ...Object.fromEntries(above.map((folder, i) => [`folder${i}`, `${revision}:${folder}`])),
    ...Object.fromEntries(files.map((file, i) => [`file${i}`, `${revision}:${file}`]))
  };
  return { query: query2, variables };
}
function readSiteState(request2) {
  return {
    kind: "read",
    send: async (client, repository2) => {
      let { query: query2, variables } = siteStateQuery(request2, repository2);
      try {
        return await client.graphql(query2, variables);
      } catch (error) {
        throw asStatus(error);
      }
    }
  };
}
function readFilesAt(commitSha, paths) {
  return {
    kind: "read",
    send: async (client, repository2) => {
      let variables = Object.fromEntries(paths.map((p, i) => [`file${i}`, `${commitSha}:${p}`])), declared = paths.map((_, i) => `$file${i}: String!`).join(", "), fields = paths.map((_, i) => `file${i}: ${BLOB_FIELD(i)}`).join(`
    `), query2 = `query SiteFiles($owner: String!, $name: String!, ${declared}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
      return (await client.graphql(query2, {
        owner: repository2.owner,
        name: repository2.name,
        ...variables
      })).repository ?? {};
    }
  };
}
function asStatus(error) {
  let { name, errors } = error;
  if (name !== "GraphqlResponseError" || !Array.isArray(errors)) return error;
  let status = errors.some((e) => e.type === "NOT_FOUND") ? 404 : errors.some((e) => e.type === "FORBIDDEN") ? 403 : void 0;
  return status === void 0 ? error : Object.assign(new Error(errors[0]?.message ?? "Not Found"), { status, response: { data: { message: errors[0]?.message } } });
}

// src/publish/github-snapshot.ts
var toEntries = (raw, prefix) => raw.filter((e) => e.path && e.mode && e.sha && (e.type === "blob" || e.type === "tree" || e.type === "commit")).map((e) => ({
  path: prefix === "" ? e.path : `${prefix}/${e.path}`,
  mode: e.mode,
  type: e.type,
  sha: e.sha
}));
function missingBase(branch, repository2, empty) {
  return new UserError(
    empty ? `base branch '${branch}' not found in ${repository2} (the repository is empty): push a first commit to '${branch}', then sync` : `base branch '${branch}' not found in ${repository2}: set base to one of its branches, or create '${branch}' there`
  );
}
async function loadBase(api, targetPath, base, branch, createTargetPath = !1) {
  let baseBranch = base ?? (await api.repository()).defaultBranch;
  refuseBaseBranch(branch, baseBranch, api.fullName);
  let ref = await api.attempt("read the base branch", [404, 409], git.getBranch(baseBranch));
  if (!ref.ok) throw missingBase(baseBranch, api.fullName, ref.status === 409);
  let commitSha = ref.value.object.sha, tree = await api.call("read the base tree", git.getTree(commitSha, !0)), listing, treeSha, complete = !tree.truncated;
  if (complete) {
    listing = toEntries(tree.tree, "");
    let root = new Map(listing.filter((e) => !e.path.includes("/")).map((e) => [e.path, e]));
    treeSha = hashTree(root);
  } else
    ({ listing, treeSha } = await walkToTarget(api, commitSha, targetPath));
  checkTargetFolder(listing, targetPath, baseBranch, api.fullName, createTargetPath);
  let prefix = joinTargetPath(targetPath, ""), files = /* @__PURE__ */ new Map();
  for (let entry of listing)
    entry.type === "blob" && entry.path.startsWith(prefix) && files.set(entry.path.slice(prefix.length), entry.sha);
  return {
    branch: baseBranch,
    commitSha,
    treeSha,
    listing,
    files,
    complete
  };
}
function checkTargetFolder(listing, targetPath, baseBranch, repository2, createTargetPath) {
  if (targetPath !== "" && !createTargetPath && !listing.some((e) => e.type === "tree" && e.path === targetPath)) {
    let folders = listing.filter((e) => e.type === "tree").map((e) => e.path), { nearest } = nearestFolders(targetPath, folders);
    throw new OptionError(
      "target-path",
      (name) => `${targetPath} does not exist on ${baseBranch} of ${repository2}: check its spelling${nearest.length ? ` (nearest folders there: ${nearest.join(", ")})` : ""}; only to start a new site there, ${name("create-target-path", "true")} creates it`
    );
  }
}
async function walkToTarget(api, commitSha, targetPath) {
  let rootSha = (await api.call("read the base commit", git.getCommit(commitSha))).tree.sha, listing = [], dir = "", sha = rootSha;
  for (let part of targetPath === "" ? [] : targetPath.split("/")) {
    let level = await api.call("read the base tree", git.getTree(sha)), entries = toEntries(level.tree, dir);
    listing.push(...entries), dir = joinTargetPath(dir, part);
    let next = entries.find((e) => e.path === dir);
    if (!next) return { listing, treeSha: rootSha };
    if (next.type !== "tree") throw new OptionError("target-path", `'${targetPath}' is a file in ${api.fullName}, not a folder`);
    sha = next.sha;
  }
  let target = await api.call("read the target folder", git.getTree(sha, !0));
  if (target.truncated) throw new UserError(`the folder '${targetPath}' of ${api.fullName} is too large for one tree listing`);
  return listing.push(...toEntries(target.tree, dir)), { listing, treeSha: rootSha };
}
function siteFileReader(api, base, readBlob, byQuery = !1, readAlong = /* @__PURE__ */ new Map()) {
  return async (paths) => {
    if (byQuery && !base.complete && paths.length > 0) {
      let found = paths.every((p) => readAlong.has(p)) ? paths.map((p) => readAlong.get(p)) : await api.call("read a file of the site", readFilesAt(base.commitSha, paths)).then((f) => paths.map((_, i) => f[`file${i}`]));
      for (let [i, path4] of paths.entries()) {
        let blob = found[i];
        if (blob?.oid)
          return { path: path4, text: typeof blob.text == "string" && !blob.isTruncated ? blob.text : await readBlob(blob.oid) };
      }
      return null;
    }
    let entries = new Map(base.listing.map((entry) => [entry.path, entry]));
    if (!base.complete) {
      let listed = new Set(base.listing.map((entry) => entry.path.slice(0, entry.path.lastIndexOf("/") + 1))), tops = new Set(
        paths.filter((p) => p.includes("/") && !listed.has(p.slice(0, p.lastIndexOf("/") + 1))).map((p) => p.split("/")[0])
      );
      for (let top of tops) {
        let folder = entries.get(top);
        if (folder?.type !== "tree") continue;
        let tree = await api.call("read a folder of the site", git.getTree(folder.sha, !0));
        for (let entry of toEntries(tree.tree, top)) entries.set(entry.path, entry);
      }
    }
    let path3 = paths.find((p) => entries.get(p)?.type === "blob");
    return path3 === void 0 ? null : { path: path3, text: await readBlob(entries.get(path3).sha) };
  };
}
function blobReader(api) {
  let cache = /* @__PURE__ */ new Map();
  return (sha) => {
    let text2 = cache.get(sha);
    return text2 || (text2 = api.call("read a page of the site", git.readBlob(sha)), cache.set(sha, text2)), text2;
  };
}

// src/publish/previous-sync.ts
var PREVIOUS_SYNC_DEPTH = 30;
async function findPreviousSync(api, baseSha, targetPath) {
  let list2 = await api.call(
    "read the history of the pages folder",
    repos.listCommits(baseSha, targetPath === "" ? void 0 : targetPath, PREVIOUS_SYNC_DEPTH)
  );
  return previousSyncIn(list2.map((commit) => ({ sha: commit.sha, message: commit.commit.message })));
}
function previousSyncIn(commits) {
  for (let commit of commits) {
    let trailer = parseSyncTrailer(commit.message);
    if (trailer) return { commitSha: commit.sha, repository: trailer.repository, sourceCommit: trailer.commit };
  }
  return null;
}

// src/publish/github-site-state.ts
var SUBFOLDER_LEVELS = 2, PULLS_READ = 10;
async function readSiteStateOnce(api, targetPath, base, branch, policy, files = []) {
  let { createTargetPath } = policy, repo = (await api.call(
    "read the site",
    readSiteState({
      base,
      targetPath,
      branch,
      historyDepth: PREVIOUS_SYNC_DEPTH,
      subfolderLevels: SUBFOLDER_LEVELS,
      pulls: PULLS_READ,
      files
    })
  )).repository;
  if (!repo)
    throw new UserError(`${api.fullName}: not found while trying to read the site: check the repository name and that the token can see it`);
  let repository2 = {
    defaultBranch: repo.defaultBranchRef?.name ?? base ?? "",
    nodeId: repo.id,
    ...repo.viewerPermission ? { permissions: permissionsOf(repo.viewerPermission) } : {}
  };
  api.remember(repository2), policy.dryRun || refuseWithoutWrite(api.fullName, repository2.permissions);
  let baseBranch = base ?? repo.defaultBranchRef?.name;
  if (baseBranch === void 0 || repo.isEmpty) throw missingBase(base ?? "main", api.fullName, !0);
  refuseBaseBranch(branch, baseBranch, api.fullName);
  let commit = asCommit(base === void 0 ? repo.defaultBranchRef?.target : repo.base?.target);
  if (!commit) throw missingBase(baseBranch, api.fullName, !1);
  let listed = listingOf(repo, commit.tree.oid, targetPath), baseState = listed ? await completeListing(api, baseBranch, commit.oid, commit.tree.oid, targetPath, listed, createTargetPath) : await loadBase(api, targetPath, baseBranch, branch, createTargetPath), history = (commit.history.nodes ?? []).flatMap((c) => c ? [{ sha: c.oid, message: c.message }] : []), branchCommit = asCommit(repo.branch?.target);
  return {
    repository: repository2,
    base: baseState,
    // Read from the same commit only: a base read again the REST way asks its history again too.
    previousSync: baseState.commitSha === commit.oid ? previousSyncIn(history) : await findPreviousSync(api, baseState.commitSha, targetPath),
    pulls: pullsOf(repo.pullRequests.nodes ?? [], branch, api.owner),
    branchHead: branchCommit ? branchCommitOf(branchCommit) : null,
    // Read at the same commit only (a base read again the REST way reads them when asked).
    files: new Map(baseState.commitSha === commit.oid ? files.map((file, i) => [file, blobOf(repo[`file${i}`])]) : [])
  };
}
function blobOf(answer) {
  return answer?.oid ? answer : null;
}
function asCommit(target) {
  return target && "oid" in target ? target : void 0;
}
function permissionsOf(permission) {
  let rank = ["READ", "TRIAGE", "WRITE", "MAINTAIN", "ADMIN"].indexOf(permission);
  return { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 };
}
function entryOf(entry, folder) {
  return entry.type !== "blob" && entry.type !== "tree" && entry.type !== "commit" ? null : { path: joinTargetPath(folder, entry.name), mode: entry.mode.toString(8).padStart(6, "0"), type: entry.type, sha: entry.oid };
}
function listingOf(repo, rootSha, targetPath) {
  let above = foldersAbove(targetPath), listing = [], expected = rootSha, trees = [...above.map((_, i) => repo[`folder${i}`] ?? null), repo.pages], paths = [...above, targetPath];
  for (let i = 0; i < paths.length; i++) {
    let tree = trees[i];
    if (expected === null) return tree ? void 0 : { listing, unlisted: [], isFile: !1 };
    if (!tree) return;
    if (!tree.entries) return { listing, unlisted: [], isFile: !0 };
    if (tree.oid !== expected) return;
    if (i === paths.length - 1) break;
    let entries = tree.entries.flatMap((e) => entryOf(e, paths[i]) ?? []);
    listing.push(...entries);
    let next = entries.find((e) => e.path === paths[i + 1]);
    if (next && next.type !== "tree") return { listing, unlisted: [], isFile: !0 };
    expected = next ? next.sha : null;
  }
  let unlisted = [], walk = (entries, folder) => {
    for (let raw of entries) {
      let entry = entryOf(raw, folder);
      if (!entry || (listing.push(entry), entry.type !== "tree")) continue;
      let below = raw.object && "entries" in raw.object ? raw.object.entries : void 0;
      below ? walk(below, entry.path) : unlisted.push({ path: entry.path, sha: entry.sha });
    }
  };
  return walk(repo.pages?.entries ?? [], targetPath), { listing, unlisted, isFile: !1 };
}
async function completeListing(api, branch, commitSha, treeSha, targetPath, listed, createTargetPath) {
  if (listed.isFile) throw new UserError(`target-path '${targetPath}' is a file in ${api.fullName}, not a folder`);
  let listing = [...listed.listing];
  if (listed.unlisted.length > 0) {
    let pagesSha = listing.find((e) => e.path === targetPath)?.sha ?? treeSha, tree = await api.call("read the target folder", git.getTree(pagesSha, !0));
    if (tree.truncated) throw new UserError(`the folder '${targetPath}' of ${api.fullName} is too large for one tree listing`);
    let known = new Set(listing.map((e) => e.path));
    for (let entry of toEntries(tree.tree, targetPath)) known.has(entry.path) || listing.push(entry);
  }
  return checkTargetFolder(listing, targetPath, branch, api.fullName, createTargetPath), baseStateOf(branch, commitSha, treeSha, listing, targetPath);
}
function baseStateOf(branch, commitSha, treeSha, listing, targetPath) {
  let prefix = joinTargetPath(targetPath, ""), files = /* @__PURE__ */ new Map();
  for (let entry of listing)
    entry.type === "blob" && entry.path.startsWith(prefix) && files.set(entry.path.slice(prefix.length), entry.sha);
  return { branch, commitSha, treeSha, listing, files, complete: !1 };
}
function branchCommitOf(commit) {
  return {
    sha: commit.oid,
    treeSha: commit.tree.oid,
    parents: (commit.parents.nodes ?? []).flatMap((p) => p ? [p.oid] : []),
    message: commit.message,
    author: { name: commit.author?.name ?? "", email: commit.author?.email ?? "" },
    committer: { name: commit.committer?.name ?? "", email: commit.committer?.email ?? "" }
  };
}
function pullsOf(nodes, branch, owner) {
  let ours = nodes.filter((p) => p !== null && !p.isCrossRepository && p.headRefName === branch), pull = ours.find((p) => p.state === "OPEN");
  if (!pull) {
    let newest2 = ours[0];
    return newest2 ? { lastClosed: { number: newest2.number, url: newest2.url, headSha: newest2.headRefOid, merged: newest2.state === "MERGED" } } : {};
  }
  return { open: {
    number: pull.number,
    url: pull.url,
    headSha: pull.headRefOid,
    baseRef: pull.baseRefName,
    title: pull.title,
    body: pull.body,
    labels: (pull.labels?.nodes ?? []).flatMap((l) => l?.name ? [l.name] : []),
    requestedReviewers: (pull.reviewRequests?.nodes ?? []).flatMap((r) => {
      let who = r?.requestedReviewer;
      return who && "login" in who ? [who.login] : who && "slug" in who ? [`${owner}/${who.slug}`] : [];
    }),
    nodeId: pull.id,
    draft: pull.isDraft,
    // REST names the method in lower case (`squash`), GraphQL in upper case (`SQUASH`).
    autoMerge: pull.autoMergeRequest ? pull.autoMergeRequest.mergeMethod.toLowerCase() : null,
    assignees: (pull.assignees.nodes ?? []).flatMap((u) => u ? [u.login] : []),
    milestone: pull.milestone?.number ?? null
  } };
}

// src/publish/github-site.ts
var GitHubSite = class {
  /**
   * The site `options.target` names. A run that will publish (no dry run) looks up the sync
   * pull requests and reads their head commit in the background from `load` instead of in
   * `publish`: they depend on the branch name only, so publishing then waits for no read.
   * `client`: a write client made elsewhere (tests); default: one from the context.
   */
  constructor(options, context, client = createGitHubClient(context, "write")) {
    this.options = options;
    let { target, pullRequest } = options;
    if (this.api = new GitHubRepoApi(client, target.repository ?? "", !context.github.token), this.repository = this.api.fullName, pullRequest.branch.trim() === "") throw new UserError("the sync branch name is empty");
    target.base !== void 0 && refuseBaseBranch(pullRequest.branch, target.base, this.repository), this.targetPath = normalizeTargetPath(target.path), this.pr = pullRequest, this.logger = context.logger, this.mergeStateRereadsMs = context.timing.mergeStateRereadsMs ?? [];
  }
  options;
  api;
  repository;
  targetPath;
  pr;
  logger;
  mergeStateRereadsMs;
  base;
  pullRead;
  /** The one GraphQL read of the site (none without a token: GitHub's GraphQL API needs one). */
  stateRead;
  repositoryPath(relPath) {
    return joinTargetPath(this.targetPath, relPath);
  }
  /** REST requests sent so far by this site. */
  get requests() {
    return { ...this.api.counts };
  }
  /** The site's state in one query, sent once (by `check` or `load`, whichever comes first). */
  readState() {
    let { target, policy } = this.options, files = this.options.health && this.options.health.siteLanguagesFile === void 0 ? LANGUAGE_CONFIG_FILES : [];
    return this.stateRead ??= readSiteStateOnce(this.api, this.targetPath, target.base, this.pr.branch, policy, files), this.stateRead;
  }
  async check({ willWrite }) {
    let { permissions } = this.api.anonymous ? await this.api.repository() : (await this.readState()).repository;
    willWrite && refuseWithoutWrite(this.repository, permissions);
  }
  async load() {
    if (this.api.anonymous) return this.loadOverRest();
    let state = await this.readState(), base = state.base;
    return this.base = base, this.options.policy.dryRun || (this.pullRead = Promise.resolve(this.pullsFrom(state))), this.snapshot(base, state.previousSync, state.files);
  }
  /** The REST reads one after another: the repository, the base ref, its tree, then the pages folder's history. */
  async loadOverRest() {
    let base = await loadBase(this.api, this.targetPath, this.options.target.base, this.pr.branch, this.options.policy.createTargetPath);
    this.base = base, this.options.policy.dryRun || (this.pullRead = background(this.readPulls()));
    let previousSync = await findPreviousSync(this.api, base.commitSha, this.targetPath);
    return this.snapshot(base, previousSync);
  }
  /**
   * The pull requests the query found, with their head commit: the sync branch's head when it is
   * the pull request's (as for an open one, always but in a race), else read in the background.
   */
  pullsFrom({ pulls: pulls2, branchHead }) {
    let headOf = (sha) => branchHead?.sha === sha ? Promise.resolve(branchHead) : background(readCommitShape(this.api, sha));
    return pulls2.open ? { open: { pull: pulls2.open, head: headOf(pulls2.open.headSha) } } : pulls2.lastClosed && !pulls2.lastClosed.merged ? { declined: { pull: pulls2.lastClosed, head: headOf(pulls2.lastClosed.headSha) } } : {};
  }
  /** `readAlong`: files the GraphQL read brought (absent: the site was read over REST). */
  snapshot(base, previousSync, readAlong) {
    let readBlob = blobReader(this.api);
    return {
      previousSync,
      files: base.files,
      read: (relPath) => {
        let sha = base.files.get(relPath);
        return sha ? readBlob(sha) : Promise.reject(new Error(`${this.repositoryPath(relPath)} is not in ${this.repository}@${base.branch}`));
      },
      label: `${this.repository}@${base.branch} (${base.commitSha.slice(0, 7)})`,
      readSiteFile: siteFileReader(this.api, base, readBlob, readAlong !== void 0, readAlong)
    };
  }
  async publish(request2) {
    let base = this.base;
    if (!base) throw new Error("GitHubSite.publish called before load");
    let { plan } = request2, summary = {
      changedFiles: changedPaths(plan).map((p) => this.repositoryPath(p)),
      counts: planCounts(plan)
    }, found = await (this.pullRead ?? this.readPulls());
    startWriting({
      target: this.repository,
      leftBehind: `the sync branch '${this.pr.branch}' may be ahead of its pull request; run the sync again to finish (it replaces the sync's own commits)`
    });
    let outcome2 = await this.publishPlan(base, found, request2);
    return finishWriting(), { ...outcome2, ...summary, requests: this.requests };
  }
  /** The open sync pull request, for a dry run's outputs: from the site's one query (REST without a token), nothing written ({} when none is open). */
  async openPullRequest() {
    let { open: open2 } = this.api.anonymous ? await findSyncPulls(this.api, this.pr.branch) : (await this.readState()).pulls;
    return open2 ? { pullRequestNumber: open2.number, pullRequestUrl: open2.url, headSha: open2.headSha } : {};
  }
  /** Closes, updates or opens the sync pull request as the plan asks; or leaves it. */
  async publishPlan(base, found, request2) {
    if (isEmptyPlan(request2.plan)) return found.open ? this.closeCaughtUp(base, found.open, request2.complete) : { operation: "none" };
    let content = { title: request2.title, body: request2.body, base: base.branch, draft: this.pr.draft !== !1 }, desired = desiredHead(base, request2.plan, this.targetPath), pages = pagesDigest(request2.plan);
    if (found.open) return this.updatePull(base, found.open, request2, desired, pages, content);
    if (found.declined && proposedTheSame(await found.declined.head, request2.source, pages)) {
      let closed = found.declined.pull;
      return this.logger.info(
        `pull request #${closed.number} (${closed.url}) proposed these same pages from the same sources and was closed without merging: not opened again until the sources change (reopen it to bring it back)`
      ), { operation: "none", declinedPull: { number: closed.number, url: closed.url } };
    }
    return this.openPull(base, request2, desired, pages, content);
  }
  /**
   * The plan is empty and a sync pull request is open: closed (and its branch deleted when
   * asked), unless the run covered only some languages or someone pushed to its branch.
   */
  async closeCaughtUp({ branch, commitSha }, open2, complete) {
    let { pull } = open2, left = (headSha, why) => (this.logger.info(`pull request #${pull.number} left open: ${why}`), { operation: "none", pullRequestNumber: pull.number, pullRequestUrl: pull.url, headSha });
    if (!complete) return left(pull.headSha, "this run covered only some languages and had nothing to change");
    let head = await open2.head;
    this.guard(head, pull, "close");
    let closedOver = await closeEmptyPull(this.api, pull, branch, commitSha);
    if (closedOver !== head.sha)
      return await reopenPull(this.api, pull), this.guard(await readCommitShape(this.api, closedOver), pull, "close"), left(closedOver, `its branch moved to ${closedOver.slice(0, 7)} while this run closed it`);
    this.logger.info(`closed pull request #${pull.number}: the site already has every change`);
    let branchDeleted = this.pr.deleteBranch ? await deleteSyncBranch(this.api, this.pr.branch, head.sha, this.logger) : !1;
    return branchDeleted && this.logger.info(`deleted the sync branch '${this.pr.branch}'`), { operation: "closed", pullRequestNumber: pull.number, pullRequestUrl: pull.url, branchDeleted };
  }
  /** No sync pull request is open: push the sync commit and open one, with its labels, reviewers and settings. */
  async openPull(base, request2, desired, pages, content) {
    let { headSha } = await this.pushSyncCommit(base, request2, desired, pages, null, void 0), created = await createPull(this.api, this.pr.branch, content);
    if (!created) {
      let raced = (await findSyncPulls(this.api, this.pr.branch)).open;
      if (!raced) throw new Error(`GitHub refused to open a pull request from '${this.pr.branch}' and none is open`);
      let head = readCommitShape(this.api, raced.headSha), outcome2 = await this.updatePull(base, { pull: raced, head }, request2, desired, pages, content);
      return await requestReviewers(this.api, raced.number, missingReviewers(raced, this.pr.reviewers), this.logger), outcome2;
    }
    await addMissingLabels(this.api, created.number, [], this.pr.labels, this.logger), await requestReviewers(this.api, created.number, this.pr.reviewers, this.logger);
    let assigned = await assignNewPull(this.api, created.number, this.pr, this.logger);
    this.logger.info(`opened pull request #${created.number}: ${created.url}`);
    let merge2 = await this.mergeWhenReady({ number: created.number, nodeId: created.nodeId, headSha }), state = { ...assigned, autoMerge: merge2?.autoMerge ?? null, draft: content.draft };
    return { operation: "created", pullRequestNumber: created.number, pullRequestUrl: created.url, headSha, ...state, ...merge2?.fields };
  }
  /**
   * `auto-merge` set: merged now when nothing is pending, else auto-merge turned on, else left
   * open with a warning (merge-when-ready.ts); a merged pull request's branch is deleted when
   * `delete-branch` asks. Undefined without `auto-merge`.
   */
  async mergeWhenReady(target) {
    let method = this.pr.autoMerge;
    if (!method) return;
    let merge2 = await mergeWhenReady(this.api, target, method, { logger: this.logger, rereadsMs: this.mergeStateRereadsMs }), fields = { mergeOutcome: merge2.outcome };
    return merge2.outcome === "merged" && this.pr.deleteBranch && (fields.branchDeleted = await deleteSyncBranch(this.api, this.pr.branch, target.headSha, this.logger), fields.branchDeleted && this.logger.info(`deleted the sync branch '${this.pr.branch}'`)), { autoMerge: merge2.autoMerge, fields };
  }
  /** The sync branch's pull requests (one request), and in the background the head commit each needs. */
  async readPulls() {
    let { open: open2, lastClosed } = await findSyncPulls(this.api, this.pr.branch);
    return open2 ? { open: { pull: open2, head: background(readCommitShape(this.api, open2.headSha)) } } : lastClosed && !lastClosed.merged ? { declined: { pull: lastClosed, head: background(readCommitShape(this.api, lastClosed.headSha)) } } : {};
  }
  /** An open sync pull request: push only if its head is not already the desired commit. */
  async updatePull(base, { pull, head }, request2, desired, pages, content) {
    let headSha = pull.headSha, wrote = !1, pushed = !1, shape = await head;
    if (this.guard(shape, pull, "replace"), !isDesired(shape, desired)) {
      let push = await this.pushSyncCommit(base, request2, desired, pages, shape, pull);
      headSha = push.headSha, wrote = pushed = push.headSha === push.commitSha;
    }
    wrote = await refreshPull(this.api, pull, content) || wrote, wrote = await addMissingLabels(this.api, pull.number, pull.labels, this.pr.labels, this.logger) || wrote;
    let draft2 = pull.draft;
    this.pr.draft === "always-true" && pushed && !draft2 && (draft2 = await convertToDraft(this.api, pull, this.logger), wrote = draft2 || wrote), this.logger.info(wrote ? `updated pull request #${pull.number}: ${pull.url}` : `pull request #${pull.number} is up to date`);
    let autoMerge2 = pull.autoMerge, merge2 = autoMerge2 !== null && this.pr.autoMerge ? { mergeOutcome: "auto-merge-enabled" } : {};
    if (autoMerge2 === null) {
      let merged = await this.mergeWhenReady({ number: pull.number, nodeId: pull.nodeId, headSha });
      merged && (autoMerge2 = merged.autoMerge, merge2 = merged.fields, wrote = merge2.mergeOutcome !== "left-open" || wrote);
    }
    return {
      operation: wrote ? "updated" : "none",
      pullRequestNumber: pull.number,
      pullRequestUrl: pull.url,
      headSha,
      assignees: pull.assignees,
      milestone: pull.milestone,
      autoMerge: autoMerge2,
      draft: draft2,
      ...merge2
    };
  }
  /**
   * Writes the sync commit and points the branch at it from `head`, the head just checked (null:
   * the branch should not exist yet): a commit pushed since is not overwritten (github-branch.ts).
   */
  async pushSyncCommit(base, request2, desired, pages, head, pull) {
    let commitSha = await createSyncCommit(this.api, base, request2.plan, this.targetPath, request2, desired, pages, this.logger), headSha = await moveSyncBranch(this.api, {
      branch: this.pr.branch,
      base,
      commitSha,
      desired,
      head,
      guard: (moved) => this.guard(moved, pull, "replace"),
      keptMoving: (moved, tries) => branchKeptMovingError(moved, tries, this.context(pull, "replace"))
    });
    return { commitSha, headSha };
  }
  context(pull, action) {
    return {
      branch: this.pr.branch,
      repository: this.repository,
      pull,
      action,
      force: this.options.policy.forceBranch,
      logger: this.logger
    };
  }
  guard(head, pull, action) {
    guardSyncBranch(head, this.context(pull, action));
  }
};
function background(promise) {
  return promise.catch(() => {
  }), promise;
}

// src/publish/read-site.ts
function createSite(options, context) {
  let { target, policy } = options;
  if (target.siteDir) return new LocalSite(target.siteDir, { createTargetPath: policy.createTargetPath, force: policy.force });
  if (!target.repository) throw new UserError("no target: give the target repository (OWNER/NAME) or a site folder");
  if (!context.github.token && !policy.dryRun)
    throw new UserError((name) => `no token: a sync to ${target.repository} needs a token (${name("token")})`);
  return new GitHubSite(options, context);
}
async function readSite(site, options, context) {
  await site.check({ willWrite: !options.policy.dryRun });
  let snapshot = await site.load();
  context.logger.info(`site: ${snapshot.label}, ${snapshot.files.size} files under the target path`);
  let siteLanguages = await readSiteLanguages(snapshot.readSiteFile, options.health.siteLanguagesFile);
  return { site, snapshot, siteLanguages };
}

// src/report/body-template.ts
var PLACEHOLDERS = {
  "change-table": "the changed pages, one table per section (title, language, change, contributors joining and leaving)",
  warnings: "the content warnings, collapsed, under their own heading (empty when there are none)",
  "health-report": "the content health report, collapsed, under its own heading (empty when there is none)",
  "source-link": "a link to the source commit the pages were rendered from",
  "source-ref": "the source branch, as code",
  "source-changes": "the source commits since the previous sync, linked",
  "contributor-credits": "what the contributors file changed and names that may be one person, collapsed (empty when nothing)",
  "content-errors": "the source files that failed their pages (left as the site has them), under their own heading (empty when none)",
  counts: "the page counts: added, updated, deleted, protected, unchanged",
  "target-path": "the pages folder in the website repository"
}, DEFAULT_BODY_TEMPLATE = [
  "This pull request is **autogenerated** by learning-path-sync from {{source-link}} ({{source-ref}}).",
  "",
  "Pages under {{target-path}}: **{{counts}}**.",
  "",
  "Change the sources, not these pages: the next sync rebuilds this branch on the current base and updates this pull request. A page whose autogenerated marker was removed by hand is never overwritten or deleted (listed as protected).",
  "",
  "{{content-errors}}",
  "",
  "### Source changes",
  "",
  "{{source-changes}}",
  "",
  "### Changed pages",
  "",
  "{{change-table}}",
  "",
  "{{contributor-credits}}",
  "",
  "{{warnings}}",
  "",
  "{{health-report}}"
].join(`
`), PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;
function checkBodyTemplate(template) {
  for (let match of template.matchAll(PLACEHOLDER))
    if (!(match[1] in PLACEHOLDERS))
      throw new OptionError(
        "body-template",
        `unknown placeholder {{${match[1]}}}; use ${Object.keys(PLACEHOLDERS).map((p) => `{{${p}}}`).join(", ")}`
      );
}
function expandBodyTemplate(template, values) {
  return template.replace(PLACEHOLDER, (whole, name) => name in values ? values[name] : whole).replace(/\n{3,}/g, `

`).trim() + `
`;
}

// src/report/page-rows.ts
var import_yaml6 = __toESM(require_dist(), 1);
var ORDER = { updated: 0, added: 1, deleted: 2, protected: 3 };
function frontMatterTitle(content) {
  let match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(content);
  if (!match) return null;
  try {
    let title = import_yaml6.default.parse(match[1])?.title;
    return typeof title == "string" || typeof title == "number" ? String(title) : null;
  } catch {
    return null;
  }
}
var sectionOf = (path3) => path3.includes("/") ? path3.slice(0, path3.indexOf("/")) : "", titleOf = (page) => {
  let title = page.frontMatter.title;
  return typeof title == "string" || typeof title == "number" ? String(title) : null;
};
function pageRows(plan) {
  let row = (path3, change, title, contributors, note) => ({
    path: path3,
    section: sectionOf(path3),
    language: pageLanguage(path3),
    title,
    change,
    ...note ? { note } : {},
    contributors
  });
  return [
    ...plan.update.map((p) => row(p.path, "updated", titleOf(p.page), p.contributors)),
    ...plan.add.map((p) => row(p.path, "added", titleOf(p.page), p.contributors)),
    // A page that goes has no rendered page any more: its title is the site's.
    ...plan.delete.map((p) => row(p.path, "deleted", frontMatterTitle(p.previousContent), p.contributors)),
    ...plan.protected.map(
      (p) => row(p.path, "protected", null, null, `no autogenerated marker; not ${p.wouldHave === "update" ? "updated" : "deleted"}`)
    )
  ].sort(
    (a, b) => a.section !== b.section ? a.section < b.section ? -1 : 1 : ORDER[a.change] - ORDER[b.change] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

// src/report/change-table.ts
function contributorCell(change) {
  if (change === null) return "\u2014";
  if (change === void 0) return "(list not readable)";
  let parts = [...change.added.map((n) => `+${markdownText(n)}`), ...change.removed.map((n) => `\u2212${markdownText(n)}`)];
  return parts.length ? parts.join(", ") : "\u2014";
}
function changeCell(row) {
  return row.note ? `${row.change} (${row.note})` : row.change;
}
function countsOf(rows) {
  let by = (kind) => rows.filter((r) => r.change === kind).length, parts = ["updated", "added", "deleted", "protected"].filter((k) => by(k) > 0).map((k) => `${by(k)} ${k}`);
  return `${rows.length} page${rows.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}
function sectionTables(plan) {
  let bySection = /* @__PURE__ */ new Map();
  for (let row of pageRows(plan)) bySection.set(row.section, [...bySection.get(row.section) ?? [], row]);
  return [...bySection].map(([section, rows]) => ({
    section,
    counts: countsOf(rows),
    rows,
    table: [
      "| page | title | language | change | contributors |",
      "| --- | --- | --- | --- | --- |",
      ...rows.map(
        (r) => `| ${cellCodeSpan(r.path)} | ${r.title === null ? "\u2014" : markdownText(r.title)} | ${markdownText(r.language)} | ${changeCell(r)} | ${contributorCell(r.contributors)} |`
      )
    ].join(`
`)
  }));
}

// src/report/report-parts.ts
var LEFT_OUT = "left out to stay under GitHub's size limit";
function changeTablePart(plan) {
  let tables = sectionTables(plan);
  if (tables.length === 0) return ["_No page changes._"];
  let part = [];
  return tables.forEach((t, i) => {
    part.push(`${i > 0 ? `

` : ""}#### ${t.section === "" ? "`(top level)`" : codeSpan(t.section)} \u2014 ${t.counts}

`), part.push({
      full: t.table,
      collapsed: `_The table of these ${t.rows.length} pages is ${LEFT_OUT}; the branch's diff lists every file._`
    });
  }), part;
}
var person = (p) => `**${markdownText(p.name)}** (${p.url ? codeSpan(p.url) : "no GitHub account"})`;
function pageList(pages, max = 12) {
  return pages.slice(0, max).map(codeSpan).join(", ") + (pages.length > max ? `, \u2026and ${pages.length - max} more` : "");
}
function contributorCreditsPart(credits) {
  if (!credits || !credits.rules && credits.hints.length === 0) return [];
  let lines = [], summary = [];
  if (credits.rules) {
    let changed = new Set(credits.rules.rules.flatMap((r) => r.pages));
    summary.push(
      `<code>${htmlText(credits.file)}</code>: ${credits.rules.rules.length} rule${credits.rules.rules.length === 1 ? "" : "s"}, ${changed.size} page${changed.size === 1 ? "" : "s"} changed`
    ), lines.push(`Which rule of ${codeSpan(credits.file)} changed which pages:`, "");
    for (let rule of credits.rules.rules)
      lines.push(
        `- ${markdownText(rule.rule)}: ${rule.pages.length === 0 ? "no page" : `${rule.pages.length} page${rule.pages.length === 1 ? "" : "s"} \u2014 ${pageList(rule.pages)}`}`
      );
    for (let pattern of credits.rules.unmatched) lines.push(`- ${markdownText(pattern)} names no page that lists contributors`);
  }
  if (credits.hints.length > 0) {
    summary.push(`${credits.hints.length} pair${credits.hints.length === 1 ? "" : "s"} of names that may be one person`), lines.length && lines.push(""), lines.push(
      `Names that may be one person. If they are, add an alias to ${codeSpan(credits.file)} (\`aliases: [{name, url, match: [...]}]\`):`,
      ""
    );
    for (let hint of credits.hints)
      lines.push(`- ${person(hint.people[0])} and ${person(hint.people[1])}: ${markdownText(hint.reason)}; on ${pageList(hint.pages, 5)}`);
  }
  return [
    `### Contributor credits

<details><summary>${summary.join("; ")}</summary>

`,
    { full: lines.join(`
`), collapsed: `_The list is ${LEFT_OUT}; the job summary has it._` },
    `

</details>`
  ];
}
function warningsPart(warnings) {
  if (warnings.length === 0) return [];
  let files = new Set(warnings.map((w) => w.file)).size, lines = warnings.map((w) => `- ${codeSpan(`${w.file}${w.line ? `:${w.line}` : ""}`)}: ${markdownText(w.message)}`);
  return [
    `### Content warnings (${warnings.length})

<details><summary>${warnings.length} warning${warnings.length === 1 ? "" : "s"} in ${files} source file${files === 1 ? "" : "s"}; they do not stop the sync</summary>

`,
    { full: lines.join(`
`), collapsed: `_The list is ${LEFT_OUT}; the run's annotations name every file and line._` },
    `

</details>`
  ];
}
function healthReportPart(report, source, open2 = !1) {
  if (!report) return [];
  let full = { full: healthReportMarkdown(report, { source }).replace(/^### Content health\n\n/, "").trim(), collapsed: `_The report is ${LEFT_OUT}; the job summary has it._` };
  return open2 ? [`### Content health

`, full] : [`### Content health

<details><summary>${htmlText(healthHeadline(report))}</summary>

`, full, `

</details>`];
}

// src/report/source-changes.ts
var server = (source) => (source.serverUrl ?? "https://github.com").replace(/\/+$/, ""), commitLink3 = (source, oid) => `[${codeSpan(oid.slice(0, 7))}](${linkDestination(`${server(source)}/${source.repository}/commit/${oid}`)})`;
function sourceChangesPart(changes, source) {
  if (!changes) return ["_A folder target has no history in which to find the previous sync._"];
  if (changes.previous === null)
    return ["_No earlier sync commit on the base branch names a source commit: this looks like the first sync from these sources._"];
  let current2 = source.commit ?? source.ref;
  if (source.commit !== void 0 && changes.previous === source.commit)
    return [`None: the previous sync was made from the same source commit, ${commitLink3(source, changes.previous)}.`];
  let compare = linkDestination(`${server(source)}/${source.repository}/compare/${changes.previous}...${current2}`), head = `Since the previous sync (${commitLink3(source, changes.previous)}): [compare](${compare})`;
  if (changes.commits === null) return [`${head}.`];
  if (changes.commits.length === 0) return [`${head}: no commits listed.`];
  let lines = changes.commits.map(
    (c) => `- ${commitLink3(source, c.oid)} ${markdownText(c.headline)}${c.date ? ` (${c.date.slice(0, 10)})` : ""}`
  );
  changes.more && lines.push("- \u2026and more: see the comparison.");
  let count2 = `${changes.commits.length}${changes.more ? "+" : ""} commit${changes.commits.length === 1 && !changes.more ? "" : "s"}`, list2 = {
    full: `

${lines.join(`
`)}`,
    collapsed: ` (the list of ${count2} is left out to stay under GitHub's size limit).`
  };
  return [`${head}, ${count2}:`, list2];
}

// src/report/pull-request-body.ts
function countsLine(plan) {
  let c = planCounts(plan);
  return `${c.added} added, ${c.updated} updated, ${c.deleted} deleted, ${c.protected} protected, ${c.unchanged} unchanged`;
}
function reportParts(input, options = {}) {
  return {
    "change-table": changeTablePart(input.plan),
    warnings: warningsPart(input.warnings ?? []),
    "health-report": healthReportPart(input.health, input.source, options.healthOpen),
    "source-link": [sourceLink(input.source)],
    "source-ref": [codeSpan(input.source.ref)],
    "source-changes": sourceChangesPart(input.sourceChanges, input.source),
    "contributor-credits": contributorCreditsPart(input.credits),
    "content-errors": contentErrorsPart(input.contentErrors ?? []),
    counts: [countsLine(input.plan)],
    "target-path": [input.targetPath ? codeSpan(input.targetPath) : "the repository root"]
  };
}
function pullRequestBody(input) {
  let template = input.template ?? DEFAULT_BODY_TEMPLATE;
  return fitParts(reportParts(input), (values) => expandBodyTemplate(template, values), input.limit ?? 65536).text;
}
function commitMessage(plan, source, custom) {
  let at2 = source.commit ? `${source.repository}@${source.commit.slice(0, 7)}` : `${source.repository}@${source.ref}`;
  return `${custom?.trim() ? custom.trim() : `Update Learning Path pages from ${at2}

${countsLine(plan)}.
Autogenerated by learning-path-sync.`}

${syncTrailer(source)}`;
}
function contentErrorsPart(errors) {
  return errors.length === 0 ? [] : [
    `**${failedFiles(errors).length} source file(s) failed**; their pages are left as the site has them until the files are fixed:

`,
    {
      full: contentErrorList(errors, 20).join(`
`),
      collapsed: "_The list is left out to stay under GitHub's size limit; the job summary names every file._"
    }
  ];
}

// src/report/summary.ts
function mergeNote(result) {
  return result.mergeOutcome === "merged" ? ` Merged at once: nothing was pending.${result.branchDeleted ? " Its branch was deleted." : ""}` : result.mergeOutcome === "auto-merge-enabled" ? " Auto-merge is on: GitHub merges it once what the branch requires is there." : "";
}
function outcome(input) {
  let { result } = input, pull = result.pullRequestUrl ? ` \u2014 pull request [#${result.pullRequestNumber}](${linkDestination(result.pullRequestUrl)})` : "", target = markdownText(input.target ?? "the site");
  if (input.dryRun) return `**Dry run**: nothing was written to ${target}.`;
  switch (result.operation) {
    case "created":
      return `**Created**${pull} on ${target}.${mergeNote(result)}`;
    case "updated":
      return `**Updated**${pull} on ${target}.${mergeNote(result)}`;
    case "closed":
      return `**Closed**${pull}: the site already has every change.${result.branchDeleted ? " Its branch was deleted." : ""}`;
    default:
      if (result.declinedPull) {
        let { number, url } = result.declinedPull;
        return `**Not opened again**: pull request [#${number}](${linkDestination(url)}) proposed these same pages from the same sources and was closed without merging. The next change in the sources opens a new one; reopening it brings it back.`;
      }
      return result.pullRequestUrl ? `**Nothing new**${pull} is up to date.` : `**Nothing to change** on ${target}.`;
  }
}
function failuresPart(failures = []) {
  return failures.length === 0 ? [] : [
    `### Contributor lists kept as the site has them (${failures.length})

`,
    {
      full: failures.map((f) => `- ${codeSpan(f.path)}: ${markdownText(f.reason)}`).join(`
`),
      collapsed: "_The list is left out to stay under GitHub's size limit; the log names every page._"
    }
  ];
}
function renderSummary(input) {
  let parts = { ...reportParts({ ...input, targetPath: "" }, { healthOpen: !0 }), failures: failuresPart(input.contributorFailures) };
  return fitParts(parts, (v) => [
    "## Learning Path sync",
    outcome(input),
    `Source: ${sourceLink(input.source)}. Pages: ${countsLine(input.plan)}.`,
    failedFilesNote(input),
    v["content-errors"],
    `### Source changes

${v["source-changes"]}`,
    `### Changed pages

${v["change-table"]}`,
    v.failures,
    v["contributor-credits"],
    v.warnings,
    v["health-report"]
  ].filter((block) => block !== "").join(`

`) + `
`, input.limit ?? 65536).text;
}
function failedFilesNote(input) {
  let errors = input.contentErrors ?? [];
  return errors.length === 0 ? "" : `### Source files that failed (${failedFiles(errors).length})

Their pages were left exactly as the site has them; everything else was ${input.dryRun ? "planned" : "synced"}. ` + (input.failOnContentError ? "This run fails until they are fixed." : "Reported only: `fail-on-content-error` is false.");
}

// src/report/run-report.ts
function runReport(run, options, serverUrl) {
  let { source, target, policy } = options, { credited } = run;
  return {
    plan: run.plan,
    source: { repository: source.repository, ref: source.ref, commit: source.commit, serverUrl },
    targetPath: run.targetPath,
    target: target.siteDir ?? target.repository ?? "the site",
    dryRun: policy.dryRun,
    warnings: run.rendered.warnings,
    contentErrors: run.rendered.errors,
    failOnContentError: policy.failOnContentError,
    contributorFailures: credited.failures,
    health: run.health,
    credits: credited.credits,
    ...credited.sourceChanges ? { sourceChanges: credited.sourceChanges } : {}
  };
}
function publishTexts(report, pullRequest) {
  return {
    title: pullRequest.title,
    body: pullRequestBody({ ...report, template: pullRequest.bodyTemplate }),
    commitMessage: commitMessage(report.plan, report.source, pullRequest.commitMessage)
  };
}
function syncResult(report, published) {
  let { result, diff } = published;
  return { ...result, ...report, ...diff !== void 0 ? { diff } : {}, summary: renderSummary({ ...report, result }) };
}

// src/report/run-log.ts
function planLines(plan) {
  return [`pages: ${countsLine(plan)}`, ...sectionTables(plan).map((table) => `  ${table.section}: ${table.counts}`)];
}

// src/sync.ts
async function runSync(options, context) {
  try {
    return await sync(options, context);
  } catch (error) {
    let { token } = context.github;
    if (!(error instanceof Error) || !token) throw error;
    let clean = (text2) => redact(text2, [token]);
    throw clean(error.message) === error.message ? error : error instanceof OptionError ? new OptionError(error.option, (name) => clean(error.problemIn(name))) : error instanceof UserError ? new UserError((name) => clean(error.worded(name))) : new Error(clean(error.message));
  }
}
async function sync(options, context) {
  let { logger } = context, { source, health: healthOptions, policy } = options, targetPath = normalizeTargetPath(options.target.path);
  options.pullRequest.bodyTemplate !== void 0 && checkBodyTemplate(options.pullRequest.bodyTemplate);
  let site = createSite(options, context), tree = createFsSourceTree(source.dir), loaded = await loadSources(tree, source), credit = await startCredit(tree, loaded.sources, englishHistoryPaths(loaded.sources, loaded.languages), options, context);
  credit.file && logger.info(`contributors file: ${credit.file.file}`);
  let read = await logger.group("Read the site", () => readSite(site, options, context)), rendered = await logger.group("Render", () => renderStage(loaded, source, logger, { countLine: !0 })), leftOut = languagesLeftOut(rendered.pages, read.siteLanguages, healthOptions.unconfiguredLanguages), scope = { leftOut, site: read.snapshot, policy, options, context }, credited = await logger.group("Credit contributors", () => creditPages(credit, rendered.pages, scope)), health = await logger.group(
    "Content health",
    () => Promise.resolve(healthStage({ loaded, rendered, credited, site: read }, healthOptions, logger))
  ), plan = await logger.group("Plan", async () => {
    let planned = await planStage({ loaded, rendered, credited, leftOut, site: read }, healthOptions, logger);
    for (let line of planLines(planned)) logger.info(line);
    return planned;
  }), writesCommit = !policy.dryRun && options.target.siteDir === void 0, named = { ...options, source: { ...source, commit: writesCommit ? await resolveSourceCommit(options, context) : source.commit } }, report = runReport({ plan, rendered, credited, health: health.report, targetPath }, named, webUrlFor(context.github.apiUrl)), texts = () => publishTexts(report, options.pullRequest), published = await publishStage(
    site,
    plan,
    { dryRun: policy.dryRun, complete: loaded.languages === "all", source: report.source, texts },
    logger
  ), dashboardSources = { report: health.report, sources: loaded.sources, pages: rendered.pages, source: report.source }, dashboard = await keepTranslationDashboard(dashboardSources, options.dashboard, policy.dryRun, context);
  return { ...syncResult(report, published), ...dashboard ? { dashboard } : {} };
}

// src/commands/sync-command.ts
var SYNC_COMMAND = {
  name: "sync",
  summary: "Render the Learning Path and bring the site up to date: one pull request on the website repository (--target-repository), or the files of a pages folder on disk (--out). Pages without the autogenerated marker are never overwritten or deleted.",
  printFlags: [{ name: "json", description: "Print the result as one JSON object on stdout." }, ...LOG_FLAGS],
  notes: [
    'Exit status: 0 on success (also when nothing changed); 1 with a one-line "error: ..." otherwise. A source file that cannot become its pages leaves those pages as the site has them, the rest is synced, and the exit status is 1 (0 with --fail-on-content-error false).'
  ]
};
async function runSyncCommand(argv) {
  let args = argsOrHelp(SYNC_COMMAND, argv, OPTION_TABLE);
  if (!args) return 0;
  let { github, ...options } = args.options, { source, target } = options;
  if (target.repository === void 0 == (target.siteDir === void 0))
    throw new UsageError("sync", "give exactly one of --target-repository OWNER/NAME or --out DIR");
  let { json, verbose, quiet } = args.printFlags, logger = createConsoleLogger({ verbose, quiet: quiet || json, secrets: [github.token, options.dashboard.token].filter(Boolean) }), sourceDir = resolve4(source.dir);
  await requireDirectory(sourceDir, "source-path"), target.siteDir !== void 0 && await checkOutFolder(resolve4(target.siteDir), sourceDir);
  let result = await runSync(
    {
      ...options,
      source: { ...source, dir: sourceDir, commit: source.commit ?? checkoutHead(sourceDir) },
      target: { ...target, siteDir: target.siteDir === void 0 ? void 0 : resolve4(target.siteDir) }
    },
    { logger, github, timing: timingFromEnv() }
  ), text2 = toText(result);
  return process.stdout.write(json ? inertJson(JSON.stringify(jsonOutputs(result))) + `
` : inActions() ? stopCommands(text2) : text2), contentErrorStatus(result.contentErrors, options.policy.failOnContentError, logger);
}
var dashboardIssue2 = (issue) => issue ? ` #${issue.number} ${issue.url}` : "";
function toText(result) {
  let lines = [
    `operation: ${result.operation}${result.dryRun ? " (dry run: nothing written)" : ""}`,
    ...result.pullRequestUrl ? [`pull request: #${result.pullRequestNumber} ${result.pullRequestUrl}`] : [],
    ...result.headSha ? [`head: ${result.headSha}`] : [],
    `pages: ${result.counts.added} added, ${result.counts.updated} updated, ${result.counts.deleted} deleted, ${result.counts.unchanged} unchanged, ${result.counts.protected} protected`,
    ...result.requests ? [`GitHub REST requests: ${result.requests.total} (${result.requests.writes} writes)`] : [],
    ...result.dashboard ? [`dashboard issue: ${result.dashboard.operation}${dashboardIssue2(result.dashboard.issue)}`] : [],
    "",
    result.summary
  ], dashboard = result.dashboard?.operation === "dry-run" ? `
dashboard issue body (dry run):
${result.dashboard.body}` : "";
  return lines.join(`
`) + (result.diff ? `
` + result.diff : "") + dashboard;
}

// src/cli.ts
var COMMANDS = {
  render: { run: runRenderCommand, summary: "render a Learning Path checkout into the site's pages" },
  sync: { run: runSyncCommand, summary: "bring the site up to date: one pull request (--target), or a pages folder on disk (--out)" }
}, HELP = [
  "Usage: learning-path-sync <command> [options]",
  "",
  "Commands:",
  ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`),
  "",
  "Run `learning-path-sync <command> --help` (or -h) for the options of a command; `learning-path-sync --version` for the version."
].join(`
`) + `
`;
function version() {
  return "0.1.0";
}
async function main(argv) {
  let [name, ...rest] = argv;
  if (name === void 0)
    return process.stderr.write(HELP), 1;
  if (name === "--help" || name === "-h" || name === "help")
    return name === "help" && rest[0] !== void 0 ? main([rest[0], "--help"]) : (process.stdout.write(HELP), 0);
  if (name === "--version" || name === "-V" || name === "-v" || name === "version")
    return process.stdout.write(`learning-path-sync ${version()}
`), 0;
  let command = COMMANDS[name];
  if (!command)
    return process.stderr.write(inertLine(`error: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})`) + `
`), 1;
  rest.includes("--verbose") && process.stderr.write(`debug: learning-path-sync ${version()} ${name}
`);
  try {
    return await command.run(rest);
  } catch (error) {
    let raw = error instanceof UserError ? error.worded(flagNamer(OPTION_TABLE, name)) : error instanceof Error ? error.message : String(error), message2 = redact(raw, [process.env.GITHUB_TOKEN ?? ""]);
    return process.stderr.write(inertLine(`error: ${message2.split(`
`)[0]}`) + `
`), !(error instanceof UserError) && rest.includes("--verbose") && error instanceof Error && process.stderr.write(`${redact(error.stack ?? "", [process.env.GITHUB_TOKEN ?? ""])}
`), 1;
  }
}
function crashed(error) {
  let message2 = redact(error instanceof Error ? error.message : String(error), [process.env.GITHUB_TOKEN ?? ""]);
  process.stderr.write(inertLine(`error: learning-path-sync crashed: ${message2.split(`
`)[0]}`) + `
`), process.exit(1);
}
function interrupted() {
  process.stderr.write(inertLine(`interrupted (Ctrl-C): ${interruptedState()}`) + `
`), process.exit(130);
}
process.on("SIGINT", interrupted);
process.on("uncaughtException", crashed);
process.on("unhandledRejection", crashed);
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
