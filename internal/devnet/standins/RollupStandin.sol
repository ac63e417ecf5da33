// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    AssertionInputs,
    AssertionNode,
    AssertionStatus,
    AssertionNodeLib,
    ConfigData
} from "@arbitrum/nitro-contracts/src/rollup/Assertion.sol";
import {AssertionState, AssertionStateLib} from "@arbitrum/nitro-contracts/src/rollup/AssertionState.sol";
import {GlobalState, GlobalStateLib} from "@arbitrum/nitro-contracts/src/state/GlobalState.sol";
import {MachineStatus} from "@arbitrum/nitro-contracts/src/state/Machine.sol";
import {RollupLib} from "@arbitrum/nitro-contracts/src/rollup/RollupLib.sol";
import {IRollupCore} from "@arbitrum/nitro-contracts/src/rollup/IRollupCore.sol";

interface IBridgeView {
    function sequencerMessageCount() external view returns (uint256);
    function sequencerInboxAccs(uint256) external view returns (bytes32);
}

interface IOutboxUpdate {
    function updateSendRoot(bytes32 sendRoot, bytes32 l2BlockHash) external;
}

/// @title Stand-in for a BoLD rollup (RollupProxy + RollupUserLogic/RollupAdminLogic).
/// @notice Why a stand-in: the real rollup cannot run on its own. Creating an
/// assertion needs a staker with a bond in a stake token, an
/// EdgeChallengeManager, a one-step-proof entry and a wasm module root, and
/// its afterState must be what a nitro node computes from the inbox, which
/// the devnet's anvil "L2" does not derive. This contract keeps exactly what
/// an escape tool reads from a rollup, with the real shapes and hashes:
/// owner(), bridge(), outbox(), sequencerInbox(), inbox(), latestConfirmed(),
/// getAssertion(bytes32), getAssertionCreationBlockForLogLookup(bytes32),
/// confirmPeriodBlocks(), genesisAssertionHash(), the AssertionCreated and
/// AssertionConfirmed events (IRollupCore's), and the real entry points
/// stakeOnNewAssertion (no stake) and confirmAssertion. confirmAssertion
/// makes exactly the checks of nitro-contracts 3.2.0
/// RollupUserLogic.confirmAssertion and RollupCore.confirmAssertionInternal,
/// in their order: onlyValidator (the allow-list, or anyone once
/// validatorWhitelistDisabled), whenNotPaused, the prev's config hash,
/// BEFORE_DEADLINE (created + prev config's confirmPeriodBlocks),
/// PREV_NOT_LATEST_CONFIRMED, a prev with a second child needs a winning
/// challenge edge (there is no challenge manager here, so it reverts),
/// NOT_PENDING, CONFIRM_DATA. Confirming calls the real
/// Outbox.updateSendRoot. Like BoLD it has no extraChallengeTimeBlocks().
/// The admin setters are RollupAdminLogic's (setValidatorWhitelistDisabled,
/// pause, resume, setValidator).
contract RollupStandin {
    using AssertionStateLib for AssertionState;
    using GlobalStateLib for GlobalState;
    using AssertionNodeLib for AssertionNode;

    address public owner;
    /// @notice The L2 chain id, as RollupCore records it (`uint256 public chainId`,
    /// set by RollupAdminLogic.initialize from config.chainId).
    uint256 public chainId;
    address public bridge;
    address public sequencerInbox;
    address public inbox;
    address public outbox;
    address public challengeManager; // none: assertions cannot be challenged here
    uint64 public confirmPeriodBlocks;
    uint64 public validatorAfkBlocks;
    uint256 public baseStake;
    bytes32 public wasmModuleRoot;
    uint256 public rollupDeploymentBlock;
    bool public validatorWhitelistDisabled;
    bool public paused;
    address public stakeToken;
    uint64 public challengeGracePeriodBlocks;
    uint256 public minimumAssertionPeriod;

    mapping(address => bool) public isValidator;
    mapping(bytes32 => AssertionNode) private _assertions;
    bytes32 private _latestConfirmed;

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

    constructor(address owner_, address validator_, uint64 confirmPeriodBlocks_, bytes32 wasmModuleRoot_) {
        owner = owner_;
        isValidator[validator_] = true;
        confirmPeriodBlocks = confirmPeriodBlocks_;
        validatorAfkBlocks = 201600;
        baseStake = 1 ether;
        stakeToken = address(0xe7e7); // a stand-in address: no stake is taken here
        challengeGracePeriodBlocks = 10;
        minimumAssertionPeriod = 75;
        wasmModuleRoot = wasmModuleRoot_;
    }

    /// @notice Wires the bridge set and creates the genesis assertion, as
    /// RollupAdminLogic.initialize does (the bridge's own wiring is done by
    /// the owner directly, since the bridge contracts ask rollup.owner()).
    function initialize(address bridge_, address sequencerInbox_, address inbox_, address outbox_)
        external
        onlyOwner
    {
        require(bridge == address(0), "ALREADY_INIT");
        bridge = bridge_;
        sequencerInbox = sequencerInbox_;
        inbox = inbox_;
        outbox = outbox_;
        rollupDeploymentBlock = block.number;

        GlobalState memory emptyGlobalState;
        AssertionState memory genesisState = AssertionState(emptyGlobalState, MachineStatus.FINISHED, bytes32(0));
        bytes32 genesisHash = RollupLib.assertionHash(bytes32(0), genesisState, bytes32(0));
        uint256 currentInboxCount = IBridgeView(bridge_).sequencerMessageCount();
        if (currentInboxCount == 0) {
            currentInboxCount = 1;
        }
        AssertionNode memory genesis = AssertionNodeLib.createAssertion(
            true,
            RollupLib.configHash(
                wasmModuleRoot, baseStake, challengeManager, confirmPeriodBlocks, uint64(currentInboxCount)
            )
        );
        genesis.status = AssertionStatus.Confirmed;
        _assertions[genesisHash] = genesis;
        _latestConfirmed = genesisHash;

        AssertionInputs memory inputs;
        inputs.afterState = genesisState;
        emit IRollupCore.AssertionCreated(
            genesisHash,
            bytes32(0),
            inputs,
            bytes32(0),
            currentInboxCount,
            wasmModuleRoot,
            baseStake,
            challengeManager,
            confirmPeriodBlocks
        );
    }

    /// @notice Stands in for initialize's config.chainId.
    function setChainId(uint256 chainId_) external onlyOwner {
        chainId = chainId_;
    }

    function setValidator(address validator, bool enabled) external onlyOwner {
        isValidator[validator] = enabled;
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

    function setBaseStake(uint256 stake) external onlyOwner {
        baseStake = stake;
    }

    function setConfirmPeriodBlocks(uint64 blocks) external onlyOwner {
        confirmPeriodBlocks = blocks;
    }

    function latestConfirmed() external view returns (bytes32) {
        return _latestConfirmed;
    }

    function genesisAssertionHash() external pure returns (bytes32) {
        GlobalState memory emptyGlobalState;
        return RollupLib.assertionHash(
            bytes32(0), AssertionState(emptyGlobalState, MachineStatus.FINISHED, bytes32(0)), bytes32(0)
        );
    }

    function getAssertion(bytes32 assertionHash) external view returns (AssertionNode memory) {
        require(assertionHash != bytes32(0), "ASSERTION_ID_CANNOT_BE_ZERO");
        return _assertions[assertionHash];
    }

    function getAssertionCreationBlockForLogLookup(bytes32 assertionHash) external view returns (uint256) {
        AssertionNode memory a = _assertions[assertionHash];
        a.requireExists();
        return a.createdAtBlock;
    }

    function getFirstChildCreationBlock(bytes32 assertionHash) external view returns (uint64) {
        return _assertions[assertionHash].firstChildBlock;
    }

    function getSecondChildCreationBlock(bytes32 assertionHash) external view returns (uint64) {
        return _assertions[assertionHash].secondChildBlock;
    }

    function isPending(bytes32 assertionHash) external view returns (bool) {
        return _assertions[assertionHash].status == AssertionStatus.Pending;
    }

    /// @notice RollupUserLogic.stakeOnNewAssertion without stake. The
    /// assertion's hashes and its event are computed as RollupCore does; the
    /// inbox checks are relaxed (an assertion may consume no new batch)
    /// because the devnet's L2 is not derived from the inbox.
    function stakeOnNewAssertion(AssertionInputs calldata assertion, bytes32 expectedAssertionHash)
        external
        onlyValidator
        whenNotPaused
    {
        bytes32 prevAssertionHash = RollupLib.assertionHash(
            assertion.beforeStateData.prevPrevAssertionHash,
            assertion.beforeState,
            assertion.beforeStateData.sequencerBatchAcc
        );
        AssertionNode storage prev = _assertions[prevAssertionHash];
        prev.requireExists();
        RollupLib.validateConfigHash(assertion.beforeStateData.configData, prev.configHash);
        require(
            assertion.afterState.machineStatus == MachineStatus.FINISHED
                || assertion.afterState.machineStatus == MachineStatus.ERRORED,
            "BAD_AFTER_STATUS"
        );
        require(assertion.beforeState.machineStatus == MachineStatus.FINISHED, "BAD_PREV_STATUS");

        uint256 currentInboxPosition = IBridgeView(bridge).sequencerMessageCount();
        uint256 afterInboxPosition = assertion.afterState.globalState.getInboxPosition();
        require(afterInboxPosition <= currentInboxPosition, "INBOX_PAST_END");
        uint256 nextInboxPosition =
            afterInboxPosition == currentInboxPosition ? currentInboxPosition + 1 : currentInboxPosition;
        bytes32 sequencerBatchAcc;
        if (afterInboxPosition > 0) {
            sequencerBatchAcc = IBridgeView(bridge).sequencerInboxAccs(afterInboxPosition - 1);
        }

        bytes32 newAssertionHash = RollupLib.assertionHash(prevAssertionHash, assertion.afterState, sequencerBatchAcc);
        require(
            newAssertionHash == expectedAssertionHash || expectedAssertionHash == bytes32(0),
            "UNEXPECTED_ASSERTION_HASH"
        );
        require(_assertions[newAssertionHash].status == AssertionStatus.NoAssertion, "ASSERTION_SEEN");

        AssertionNode memory node = AssertionNodeLib.createAssertion(
            prev.firstChildBlock == 0,
            RollupLib.configHash(
                wasmModuleRoot, baseStake, challengeManager, confirmPeriodBlocks, uint64(nextInboxPosition)
            )
        );
        prev.childCreated();
        _assertions[newAssertionHash] = node;

        emit IRollupCore.AssertionCreated(
            newAssertionHash,
            prevAssertionHash,
            assertion,
            sequencerBatchAcc,
            nextInboxPosition,
            wasmModuleRoot,
            baseStake,
            challengeManager,
            confirmPeriodBlocks
        );
    }

    /// @notice RollupUserLogic.confirmAssertion for an unchallenged assertion.
    function confirmAssertion(
        bytes32 assertionHash,
        bytes32 prevAssertionHash,
        AssertionState calldata confirmState,
        bytes32, /* winningEdgeId: no challenges here */
        ConfigData calldata prevConfig,
        bytes32 inboxAcc
    ) external onlyValidator whenNotPaused {
        require(assertionHash != bytes32(0) && prevAssertionHash != bytes32(0), "ASSERTION_ID_CANNOT_BE_ZERO");
        AssertionNode storage assertion = _assertions[assertionHash];
        AssertionNode storage prev = _assertions[prevAssertionHash];
        RollupLib.validateConfigHash(prevConfig, prev.configHash);
        require(block.number >= assertion.createdAtBlock + prevConfig.confirmPeriodBlocks, "BEFORE_DEADLINE");
        require(prevAssertionHash == _latestConfirmed, "PREV_NOT_LATEST_CONFIRMED");
        // Real: with a second child, the winning edge of the challenge in
        // prevConfig.challengeManager must be confirmed (NOT_WINNER, ...);
        // with no challenge manager that call reverts.
        require(prev.secondChildBlock == 0, "NOT_WINNER");
        require(assertion.status == AssertionStatus.Pending, "NOT_PENDING");
        require(
            assertionHash == RollupLib.assertionHash(prevAssertionHash, confirmState, inboxAcc), "CONFIRM_DATA"
        );

        bytes32 blockHash = confirmState.globalState.getBlockHash();
        bytes32 sendRoot = confirmState.globalState.getSendRoot();
        IOutboxUpdate(outbox).updateSendRoot(sendRoot, blockHash);
        _latestConfirmed = assertionHash;
        assertion.status = AssertionStatus.Confirmed;
        emit IRollupCore.AssertionConfirmed(assertionHash, blockHash, sendRoot);
    }
}
