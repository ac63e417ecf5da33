// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GlobalState, GlobalStateLib} from "@arbitrum/nitro-contracts/src/state/GlobalState.sol";
import {MachineStatus} from "@arbitrum/nitro-contracts/src/state/Machine.sol";

interface ILegacyBridgeView {
    function sequencerMessageCount() external view returns (uint256);
    function sequencerInboxAccs(uint256) external view returns (bytes32);
}

interface ILegacyOutboxUpdate {
    function updateSendRoot(bytes32 sendRoot, bytes32 l2BlockHash) external;
}

/// @title Stand-in for a pre-BoLD ("legacy", nitro-contracts v1/v2) rollup.
/// @notice Why a stand-in: npm @arbitrum/nitro-contracts 3.x only ships the
/// BoLD rollup, and the legacy one needs stakers and a challenge manager
/// anyway. This contract has the legacy read surface an escape tool uses,
/// with the legacy shapes: latestConfirmed() and latestNodeCreated() as
/// uint64 node numbers, getNode(uint64) returning the v1/v2 Node struct,
/// extraChallengeTimeBlocks() (whose presence tells legacy from BoLD),
/// confirmPeriodBlocks(), and the NodeCreated / NodeConfirmed events. The
/// validator creates nodes with stakeOnNewNode (without stake) and anyone
/// the rollup lets confirms them with confirmNextNode, which makes the checks
/// of nitro-contracts 2.1.3 RollupUserLogic.confirmNextNode in their order
/// (onlyValidator: the allow-list unless validatorWhitelistDisabled;
/// whenNotPaused; NO_UNRESOLVED; NO_STAKERS; BEFORE_DEADLINE; INVALID_PREV;
/// CHILD_TOO_RECENT; NOT_ALL_STAKED with no zombies; CONFIRM_DATA) and calls
/// the real Outbox.updateSendRoot. The node and execution hashes are computed
/// in the spirit of the legacy RollupLib but are not guaranteed identical.
contract LegacyRollupStandin {
    using GlobalStateLib for GlobalState;

    struct ExecutionState {
        GlobalState globalState;
        MachineStatus machineStatus;
    }

    struct Assertion {
        ExecutionState beforeState;
        ExecutionState afterState;
        uint64 numBlocks;
    }

    struct Node {
        bytes32 stateHash;
        bytes32 challengeHash;
        bytes32 confirmData;
        uint64 prevNum;
        uint64 deadlineBlock;
        uint64 noChildConfirmedBeforeBlock;
        uint64 stakerCount;
        uint64 childStakerCount;
        uint64 firstChildBlock;
        uint64 latestChildNumber;
        uint64 createdAtBlock;
        bytes32 nodeHash;
    }

    event NodeCreated(
        uint64 indexed nodeNum,
        bytes32 indexed parentNodeHash,
        bytes32 indexed nodeHash,
        bytes32 executionHash,
        Assertion assertion,
        bytes32 afterInboxBatchAcc,
        bytes32 wasmModuleRoot,
        uint256 inboxMaxCount
    );

    event NodeConfirmed(uint64 indexed nodeNum, bytes32 blockHash, bytes32 sendRoot);

    address public owner;
    /// @notice The L2 chain id, as RollupCore records it (`uint256 public chainId`,
    /// set by RollupAdminLogic.initialize from config.chainId).
    uint256 public chainId;
    address public bridge;
    address public sequencerInbox;
    address public inbox;
    address public outbox;
    uint64 public confirmPeriodBlocks;
    uint64 public extraChallengeTimeBlocks;
    uint256 public baseStake;
    bytes32 public wasmModuleRoot;
    uint64 public latestConfirmed;
    uint64 public latestNodeCreated;
    uint64 public firstUnresolvedNode;
    uint64 public stakerCount;
    bool public validatorWhitelistDisabled;
    bool public paused;
    uint256 public currentRequiredStake;
    mapping(address => bool) private _staked;

    mapping(address => bool) public isValidator;
    mapping(uint64 => Node) private _nodes;

    modifier onlyOwner() {
        require(msg.sender == owner, "NOT_OWNER");
        _;
    }

    modifier onlyValidator() {
        require(isValidator[msg.sender] || validatorWhitelistDisabled, "NOT_VALIDATOR");
        _;
    }

    modifier whenNotPaused() {
        require(!paused, "Pausable: paused");
        _;
    }

    function setValidatorWhitelistDisabled(bool disabled) external onlyOwner {
        validatorWhitelistDisabled = disabled;
    }

    function pause() external onlyOwner {
        paused = true;
    }

    function resume() external onlyOwner {
        paused = false;
    }

    constructor(address owner_, address validator_, uint64 confirmPeriodBlocks_, bytes32 wasmModuleRoot_) {
        owner = owner_;
        isValidator[validator_] = true;
        confirmPeriodBlocks = confirmPeriodBlocks_;
        extraChallengeTimeBlocks = 200;
        baseStake = 1 ether;
        currentRequiredStake = 1 ether;
        wasmModuleRoot = wasmModuleRoot_;
    }

    function initialize(address bridge_, address sequencerInbox_, address inbox_, address outbox_)
        external
        onlyOwner
    {
        require(bridge == address(0), "ALREADY_INIT");
        bridge = bridge_;
        sequencerInbox = sequencerInbox_;
        inbox = inbox_;
        outbox = outbox_;
        Assertion memory genesis;
        genesis.afterState.machineStatus = MachineStatus.FINISHED;
        genesis.beforeState.machineStatus = MachineStatus.FINISHED;
        uint256 inboxMaxCount = 1;
        bytes32 nodeHash = keccak256(abi.encodePacked(false, bytes32(0), _executionHash(genesis), bytes32(0), wasmModuleRoot));
        Node storage n = _nodes[0];
        n.stateHash = _stateHash(genesis.afterState, inboxMaxCount);
        n.confirmData = keccak256(abi.encodePacked(bytes32(0), bytes32(0)));
        n.deadlineBlock = uint64(block.number);
        n.noChildConfirmedBeforeBlock = uint64(block.number);
        n.createdAtBlock = uint64(block.number);
        n.nodeHash = nodeHash;
        emit NodeCreated(0, bytes32(0), nodeHash, _executionHash(genesis), genesis, bytes32(0), wasmModuleRoot, inboxMaxCount);
        firstUnresolvedNode = 1;
    }

    function getNode(uint64 nodeNum) external view returns (Node memory) {
        return _nodes[nodeNum];
    }

    function getNodeCreationBlockForLogLookup(uint64 nodeNum) external view returns (uint256) {
        return _nodes[nodeNum].createdAtBlock;
    }

    struct NewNode {
        uint64 nodeNum;
        uint256 inboxMaxCount;
        bytes32 afterInboxBatchAcc;
        bytes32 executionHash;
        bytes32 nodeHash;
    }

    /// @notice Legacy RollupUserLogic.stakeOnNewNode, without stake: a child of
    /// latestNodeCreated.
    function stakeOnNewNode(Assertion calldata assertion, bytes32 expectedNodeHash, uint256 prevNodeInboxMaxCount)
        external
        onlyValidator
        whenNotPaused
    {
        uint64 prevNum = latestNodeCreated;
        Node storage prev = _nodes[prevNum];
        require(_stateHash(assertion.beforeState, prevNodeInboxMaxCount) == prev.stateHash, "PREV_STATE_HASH");
        require(assertion.afterState.machineStatus != MachineStatus.RUNNING, "BAD_AFTER_STATUS");
        NewNode memory f;
        f.nodeNum = prevNum + 1;
        uint256 afterInboxCount = assertion.afterState.globalState.getInboxPosition();
        f.inboxMaxCount = ILegacyBridgeView(bridge).sequencerMessageCount();
        require(afterInboxCount <= f.inboxMaxCount, "INBOX_PAST_END");
        if (afterInboxCount > 0) {
            f.afterInboxBatchAcc = ILegacyBridgeView(bridge).sequencerInboxAccs(afterInboxCount - 1);
        }
        f.executionHash = _executionHash(assertion);
        f.nodeHash = keccak256(
            abi.encodePacked(prev.latestChildNumber > 0, prev.nodeHash, f.executionHash, f.afterInboxBatchAcc, wasmModuleRoot)
        );
        require(f.nodeHash == expectedNodeHash || expectedNodeHash == bytes32(0), "UNEXPECTED_NODE_HASH");

        uint64 deadline = uint64(block.number) + confirmPeriodBlocks;
        Node storage n = _nodes[f.nodeNum];
        n.stateHash = _stateHash(assertion.afterState, f.inboxMaxCount);
        n.challengeHash = f.executionHash;
        n.confirmData = keccak256(
            abi.encodePacked(assertion.afterState.globalState.getBlockHash(), assertion.afterState.globalState.getSendRoot())
        );
        n.prevNum = prevNum;
        n.deadlineBlock = deadline;
        n.noChildConfirmedBeforeBlock = deadline;
        n.stakerCount = 1;
        n.createdAtBlock = uint64(block.number);
        n.nodeHash = f.nodeHash;
        if (prev.firstChildBlock == 0) {
            prev.firstChildBlock = uint64(block.number);
            if (prev.noChildConfirmedBeforeBlock < deadline) {
                prev.noChildConfirmedBeforeBlock = deadline;
            }
        }
        if (!_staked[msg.sender]) {
            _staked[msg.sender] = true;
            stakerCount += 1;
        }
        prev.latestChildNumber = f.nodeNum;
        prev.childStakerCount += 1;
        latestNodeCreated = f.nodeNum;
        _emitNodeCreated(f, prev.nodeHash, assertion);
    }

    function _emitNodeCreated(NewNode memory f, bytes32 parentNodeHash, Assertion calldata assertion) internal {
        emit NodeCreated(
            f.nodeNum,
            parentNodeHash,
            f.nodeHash,
            f.executionHash,
            assertion,
            f.afterInboxBatchAcc,
            wasmModuleRoot,
            f.inboxMaxCount
        );
    }

    /// @notice Legacy RollupUserLogic.confirmNextNode.
    function confirmNextNode(bytes32 blockHash, bytes32 sendRoot) external onlyValidator whenNotPaused {
        uint64 nodeNum = firstUnresolvedNode;
        require(nodeNum <= latestNodeCreated, "NO_UNRESOLVED");
        require(stakerCount > 0, "NO_STAKERS");
        Node storage n = _nodes[nodeNum];
        require(block.number >= n.deadlineBlock, "BEFORE_DEADLINE");
        require(n.prevNum == latestConfirmed, "INVALID_PREV");
        require(block.number >= _nodes[latestConfirmed].noChildConfirmedBeforeBlock, "CHILD_TOO_RECENT");
        require(n.stakerCount == stakerCount, "NOT_ALL_STAKED");
        require(n.confirmData == keccak256(abi.encodePacked(blockHash, sendRoot)), "CONFIRM_DATA");
        ILegacyOutboxUpdate(outbox).updateSendRoot(sendRoot, blockHash);
        latestConfirmed = nodeNum;
        firstUnresolvedNode = nodeNum + 1;
        emit NodeConfirmed(nodeNum, blockHash, sendRoot);
    }

    function _stateHash(ExecutionState memory s, uint256 inboxMaxCount) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(s.globalState.hash(), inboxMaxCount, s.machineStatus));
    }

    function _executionHash(Assertion memory a) internal pure returns (bytes32) {
        return keccak256(abi.encode(a));
    }

    /// @notice Stands in for initialize's config.chainId.
    function setChainId(uint256 chainId_) external onlyOwner {
        chainId = chainId_;
    }
}
